// Written by scripts/embed-builtins.py from the files named below; edit those, then run it.
/// The files every station has without a catalog directory: the XSDs (never read from a
/// user's folder), the default supervision policy and the shipped checklists, the built-in
/// default catalog.
enum BuiltInFiles {
    /// `checklists/schema/checklist-1.xsd`.
    static let checklistSchema = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Checkup checklist format, version 1 (namespace urn:checkup:checklist:1).

  XML Schema 1.0 only: no XSD 1.1 features, no imports, no external loading,
  so that libxml2 2.9 validates it offline:

    xmllint (options nonet, noout, schema checklists/schema/checklist-1.xsd)

  The xml namespace is deliberately not imported. Elements that may carry
  xml:lang accept any attribute from the xml namespace without validating it
  (processContents="skip"); only xml:lang has a meaning in this format.

  What this schema does NOT check (the program does; see
  docs/checklist-format.md): ids unique across sections, items and profiles;
  every exclude/@ref names an existing section or item.
-->
<xs:schema
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:c="urn:checkup:checklist:1"
    targetNamespace="urn:checkup:checklist:1"
    elementFormDefault="qualified"
    attributeFormDefault="unqualified"
    version="1">

  <!-- ================================================================== -->
  <!-- Simple types                                                        -->
  <!-- ================================================================== -->

  <xs:simpleType name="Id">
    <xs:annotation>
      <xs:documentation>
        Identifier of the checklist, a profile, a section or an item, and the
        value of exclude/@ref. ASCII letters and digits, then letters, digits,
        '.', '_' or '-'. No surrounding whitespace.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9][A-Za-z0-9._\-]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Version">
    <xs:annotation>
      <xs:documentation>
        Checklist version, e.g. "2026.1". Any non-empty token (whitespace is
        collapsed first, so a blank value is rejected).
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="PositiveDecimal">
    <xs:annotation>
      <xs:documentation>A decimal number greater than zero, e.g. 1, 2, 1.5.</xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:decimal">
      <xs:minExclusive value="0"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Layer">
    <xs:annotation>
      <xs:documentation>
        Defence layer of an item: human 人防, physical 物防, technical 技防,
        joint 联防.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:enumeration value="human"/>
      <xs:enumeration value="physical"/>
      <xs:enumeration value="technical"/>
      <xs:enumeration value="joint"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="ScoredLayer">
    <xs:annotation>
      <xs:documentation>
        The three "2.0" layers whose weights scoring/layer can set: physical
        物防, technical 技防, joint 联防.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:enumeration value="physical"/>
      <xs:enumeration value="technical"/>
      <xs:enumeration value="joint"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="IndustryNames">
    <xs:list itemType="xs:token"/>
  </xs:simpleType>

  <xs:simpleType name="IndustryList">
    <xs:annotation>
      <xs:documentation>
        Whitespace-separated industry names (行业), at least one, e.g.
        "机械 冶金 纺织".
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="c:IndustryNames">
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="NonEmptyText">
    <xs:annotation>
      <xs:documentation>
        Text with at least one non-whitespace character. May span several
        lines.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:pattern value="[\s\S]*\S[\s\S]*"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- ================================================================== -->
  <!-- Text elements with optional xml:lang                                -->
  <!-- ================================================================== -->

  <xs:complexType name="LocalizedText">
    <xs:annotation>
      <xs:documentation>Free text (may be empty) with optional xml:lang.</xs:documentation>
    </xs:annotation>
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="LocalizedNonEmptyText">
    <xs:annotation>
      <xs:documentation>Non-empty text with optional xml:lang.</xs:documentation>
    </xs:annotation>
    <xs:simpleContent>
      <xs:extension base="c:NonEmptyText">
        <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- ================================================================== -->
  <!-- Root                                                                -->
  <!-- ================================================================== -->

  <xs:element name="checklist">
    <xs:annotation>
      <xs:documentation>
        A checklist (检查表): titles, optional descriptions, optional scoring
        weights, optional rectification deadlines, profiles, then sections.
      </xs:documentation>
    </xs:annotation>
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title" type="c:LocalizedNonEmptyText" maxOccurs="unbounded"/>
        <xs:element name="description" type="c:LocalizedText"
                    minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="scoring" type="c:Scoring" minOccurs="0">
          <xs:unique name="uniqueScoredLayer">
            <xs:selector xpath="c:layer"/>
            <xs:field xpath="@ref"/>
          </xs:unique>
        </xs:element>
        <xs:element name="deadlines" type="c:Deadlines" minOccurs="0"/>
        <xs:element name="profile" type="c:Profile" minOccurs="0" maxOccurs="unbounded"/>
        <xs:element name="section" type="c:Section" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="id" type="c:Id" use="required"/>
      <xs:attribute name="version" type="c:Version" use="required"/>
      <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
    </xs:complexType>
  </xs:element>

  <!-- ================================================================== -->
  <!-- Header parts                                                        -->
  <!-- ================================================================== -->

  <xs:complexType name="Scoring">
    <xs:annotation>
      <xs:documentation>
        Weights of the physical, technical and joint layers (1 to 3 entries,
        each layer at most once). A layer not listed has weight 1.
      </xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="layer" type="c:ScoringLayer" maxOccurs="3"/>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="ScoringLayer">
    <xs:attribute name="ref" type="c:ScoredLayer" use="required"/>
    <xs:attribute name="weight" type="c:PositiveDecimal" use="required"/>
  </xs:complexType>

  <xs:complexType name="Deadlines">
    <xs:annotation>
      <xs:documentation>
        Default rectification periods (整改期限) in days: general-days for
        general hazards (一般隐患), major-days for major hazards (重大事故隐患).
      </xs:documentation>
    </xs:annotation>
    <xs:attribute name="general-days" type="xs:positiveInteger"/>
    <xs:attribute name="major-days" type="xs:positiveInteger"/>
  </xs:complexType>

  <xs:complexType name="Profile">
    <xs:annotation>
      <xs:documentation>
        A named variant of the checklist that leaves out the sections and
        items named by its exclude elements (e.g. "no-dust" for an
        enterprise without dust operations).
      </xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="c:LocalizedNonEmptyText" maxOccurs="unbounded"/>
      <xs:element name="exclude" type="c:Exclude" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="id" type="c:Id" use="required"/>
  </xs:complexType>

  <xs:complexType name="Exclude">
    <xs:attribute name="ref" type="c:Id" use="required"/>
  </xs:complexType>

  <!-- ================================================================== -->
  <!-- Body                                                                -->
  <!-- ================================================================== -->

  <xs:complexType name="Section">
    <xs:annotation>
      <xs:documentation>
        A section (检查部分): titles, then one or more sections and items in
        any order. Sections nest to any depth.
      </xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="c:LocalizedNonEmptyText" maxOccurs="unbounded"/>
      <xs:choice maxOccurs="unbounded">
        <xs:element name="section" type="c:Section"/>
        <xs:element name="item" type="c:Item"/>
      </xs:choice>
    </xs:sequence>
    <xs:attribute name="id" type="c:Id" use="required"/>
  </xs:complexType>

  <xs:complexType name="Item">
    <xs:annotation>
      <xs:documentation>
        One check item (检查项): titles, inspection guidance (查验方法),
        legal basis (依据), rectification measures (整改措施), the major-hazard
        criterion it falls under (重大事故隐患判定依据) and an optional
        rectification period in days.
      </xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="c:LocalizedNonEmptyText" maxOccurs="unbounded"/>
      <xs:element name="guidance" type="c:LocalizedText" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="basis" type="c:LocalizedNonEmptyText" maxOccurs="unbounded"/>
      <xs:element name="remedy" type="c:LocalizedText" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="major-criterion" type="c:LocalizedText"
                  minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="deadline-days" type="xs:positiveInteger" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="c:Id" use="required"/>
    <xs:attribute name="layer" type="c:Layer" use="required"/>
    <xs:attribute name="weight" type="c:PositiveDecimal" default="1"/>
    <xs:attribute name="major" type="xs:boolean" default="false"/>
    <xs:attribute name="industries" type="c:IndustryList"/>
  </xs:complexType>

</xs:schema>

"""#

    /// `checklists/schema/selfcheck-1.xsd`.
    static let selfCheckSchema = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Checkup enterprise self-check format, version 1 (namespace urn:checkup:selfcheck:1).

  An enterprise checks itself (企业自查) against one version of one checklist and
  submits the answers in this format; `checkup import` reads it. See
  docs/selfcheck-format.md for the complete description and an example.

  XML Schema 1.0 only: no imports, no external loading, so that libxml2 2.9
  validates it offline:

    xmllint (options nonet, noout, schema checklists/schema/selfcheck-1.xsd)

  Blank values. A form made by `checkup selfcheck template` leaves the status of
  every item, performed-at and performed-by blank for the enterprise to fill in.
  The schema accepts those blanks on purpose, so that a form that is well-formed
  but not finished passes this schema and the importer can then say precisely
  what is missing ("item mgmt-02 not answered: set status to pass, fail or na")
  instead of a generic schema message. The importer refuses every blank.

  What this schema does NOT check (the importer does; see docs/selfcheck-format.md):
  the checklist id and version exist in the station's catalog; every item exists
  in that checklist and appears once; items excluded by the profile are not
  answered; a fail has a note; the credit code's check character; the enterprise
  is registered; performed-at is not in the future.
-->
<xs:schema
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:s="urn:checkup:selfcheck:1"
    targetNamespace="urn:checkup:selfcheck:1"
    elementFormDefault="qualified"
    attributeFormDefault="unqualified"
    version="1">

  <!-- ================================================================== -->
  <!-- Simple types                                                        -->
  <!-- ================================================================== -->

  <xs:simpleType name="Id">
    <xs:annotation>
      <xs:documentation>
        A checklist, profile or item id, as in the checklist format: ASCII
        letters and digits, then letters, digits, '.', '_' or '-'.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[A-Za-z0-9][A-Za-z0-9._\-]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Version">
    <xs:annotation>
      <xs:documentation>Checklist version, e.g. "2026.1". Not blank.</xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Status">
    <xs:annotation>
      <xs:documentation>
        pass 符合, fail 不符合 (a hazard; give a note), na 不适用. Blank means
        "not answered yet" (a template or a partial form) and is refused by the
        importer; to leave an item unchecked, delete its result element.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:enumeration value="pass"/>
      <xs:enumeration value="fail"/>
      <xs:enumeration value="na"/>
      <xs:enumeration value=""/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="DateTimeWithOffset">
    <xs:annotation>
      <xs:documentation>
        A date and time with its offset from UTC, e.g.
        2026-11-02T09:30:00+08:00 (or ...Z). A time without an offset is
        ambiguous and refused.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:dateTime">
      <xs:pattern value=".+(Z|[+\-][0-9]{2}:[0-9]{2})"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Blank">
    <xs:annotation>
      <xs:documentation>Only white space: a value left for the enterprise to fill in.</xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:length value="0"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="PerformedAt">
    <xs:union memberTypes="s:DateTimeWithOffset s:Blank"/>
  </xs:simpleType>

  <xs:simpleType name="Name">
    <xs:annotation>
      <xs:documentation>A name; may be blank in a template.</xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:string">
      <xs:maxLength value="200"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="RequiredName">
    <xs:restriction base="xs:token">
      <xs:minLength value="1"/>
      <xs:maxLength value="200"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="CreditCodeText">
    <xs:annotation>
      <xs:documentation>
        Unified social credit code (统一社会信用代码), 18 characters. Only the
        shape is checked here; the importer checks the check character.
      </xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:token">
      <xs:minLength value="1"/>
      <xs:maxLength value="40"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Note">
    <xs:annotation>
      <xs:documentation>What was found. Required (non-blank) for a fail.</xs:documentation>
    </xs:annotation>
    <xs:restriction base="xs:string">
      <xs:maxLength value="4000"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- ================================================================== -->
  <!-- Elements                                                            -->
  <!-- ================================================================== -->

  <xs:element name="selfcheck">
    <xs:annotation>
      <xs:documentation>
        One self-check of one enterprise against one version of one checklist.
        Items without a result element are unchecked.
      </xs:documentation>
    </xs:annotation>
    <xs:complexType>
      <xs:sequence>
        <xs:element name="enterprise" type="s:Enterprise"/>
        <xs:element name="performed-at" type="s:PerformedAt"/>
        <xs:element name="performed-by" type="s:Name"/>
        <xs:element name="profile" type="s:Id" minOccurs="0"/>
        <xs:element name="result" type="s:Result" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="checklist" type="s:Id" use="required"/>
      <xs:attribute name="checklist-version" type="s:Version" use="required"/>
    </xs:complexType>
  </xs:element>

  <xs:complexType name="Enterprise">
    <xs:annotation>
      <xs:documentation>
        The enterprise that checked itself, as in the township's register.
        `checkup import --register` registers an unknown enterprise from these
        attributes.
      </xs:documentation>
    </xs:annotation>
    <xs:attribute name="credit-code" type="s:CreditCodeText" use="required"/>
    <xs:attribute name="name" type="s:RequiredName" use="required"/>
    <xs:attribute name="township" type="s:RequiredName" use="required"/>
    <xs:attribute name="industry" type="s:Name"/>
  </xs:complexType>

  <xs:complexType name="Result">
    <xs:annotation>
      <xs:documentation>The answer for one item, with an optional note.</xs:documentation>
    </xs:annotation>
    <xs:sequence>
      <xs:element name="note" type="s:Note" minOccurs="0"/>
    </xs:sequence>
    <!-- NMTOKEN rather than the Id pattern: the importer checks every item against the
         checklist anyway, and a pattern facet on each of thousands of results is the most
         expensive part of validating a file. -->
    <xs:attribute name="item" type="xs:NMTOKEN" use="required"/>
    <xs:attribute name="status" type="s:Status" use="required"/>
  </xs:complexType>
</xs:schema>

"""#

    /// `checklists/schema/supervision-policy-1.xsd`.
    static let supervisionPolicySchema = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  Checkup supervision policy, version 1 (namespace urn:checkup:supervision-policy:1).

  A station's rules for risk-based supervision (分类分级监管): the colour of each
  enterprise (red, orange, yellow, blue) as ordered rules, the first match wins,
  and the inspection interval per colour, shorter per risk tag where the policy
  says so. See docs/supervision.md; the default is policies/supervision-default.xml.

  XML Schema 1.0 only, no imports, so libxml2 validates it offline.

  What this schema does NOT check (the loader does): rule ids unique.
-->
<xs:schema
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:p="urn:checkup:supervision-policy:1"
    targetNamespace="urn:checkup:supervision-policy:1"
    elementFormDefault="qualified"
    attributeFormDefault="unqualified"
    version="1">

  <xs:simpleType name="Colour">
    <xs:restriction base="xs:token">
      <xs:enumeration value="red"/>
      <xs:enumeration value="orange"/>
      <xs:enumeration value="yellow"/>
      <xs:enumeration value="blue"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Tag">
    <xs:restriction base="xs:token">
      <xs:enumeration value="hazchem"/>
      <xs:enumeration value="dust"/>
      <xs:enumeration value="ammonia"/>
      <xs:enumeration value="confined-space"/>
      <xs:enumeration value="major-hazard-installation"/>
      <xs:enumeration value="small-premises"/>
      <xs:enumeration value="crowded"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Standardisation">
    <xs:restriction base="xs:token">
      <xs:enumeration value="1"/>
      <xs:enumeration value="2"/>
      <xs:enumeration value="3"/>
      <xs:enumeration value="none"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="StandardisationList">
    <xs:restriction>
      <xs:simpleType><xs:list itemType="p:Standardisation"/></xs:simpleType>
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Id">
    <xs:restriction base="xs:token">
      <xs:pattern value="[a-z0-9][a-z0-9\-]{0,63}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Days">
    <xs:restriction base="xs:positiveInteger">
      <xs:maxInclusive value="3650"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Count">
    <xs:restriction base="xs:positiveInteger">
      <xs:maxInclusive value="1000000"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Level">
    <xs:restriction base="xs:decimal">
      <xs:minInclusive value="1"/>
      <xs:maxInclusive value="2.5"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:complexType name="TagCondition">
    <xs:attribute name="name" type="p:Tag" use="required"/>
  </xs:complexType>
  <xs:complexType name="AtLeast">
    <xs:attribute name="at-least" type="p:Count" use="required"/>
  </xs:complexType>
  <xs:complexType name="Empty"/>

  <!-- One group of conditions, all of which must hold. -->
  <xs:complexType name="When">
    <xs:choice minOccurs="1" maxOccurs="unbounded">
      <xs:element name="tag" type="p:TagCondition"/>
      <xs:element name="without-tag" type="p:TagCondition"/>
      <xs:element name="level-below">
        <xs:complexType><xs:attribute name="value" type="p:Level" use="required"/></xs:complexType>
      </xs:element>
      <xs:element name="open-major-hazards" type="p:AtLeast"/>
      <xs:element name="overdue-hazards" type="p:AtLeast"/>
      <xs:element name="open-hazards" type="p:AtLeast"/>
      <xs:element name="untrue-self-check" type="p:AtLeast"/>
      <xs:element name="never-inspected" type="p:Empty"/>
      <xs:element name="days-since-inspection">
        <xs:complexType><xs:attribute name="over" type="p:Days" use="required"/></xs:complexType>
      </xs:element>
      <xs:element name="standardisation">
        <xs:complexType><xs:attribute name="in" type="p:StandardisationList" use="required"/></xs:complexType>
      </xs:element>
      <xs:element name="employees" type="p:AtLeast"/>
    </xs:choice>
  </xs:complexType>

  <xs:element name="supervision-policy">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title" minOccurs="0" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:anyAttribute namespace="http://www.w3.org/XML/1998/namespace" processContents="skip"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
        <xs:element name="rule" minOccurs="1" maxOccurs="100">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="when" type="p:When" minOccurs="1" maxOccurs="20"/>
            </xs:sequence>
            <xs:attribute name="id" type="p:Id" use="required"/>
            <xs:attribute name="colour" type="p:Colour" use="required"/>
          </xs:complexType>
        </xs:element>
        <xs:element name="otherwise">
          <xs:complexType><xs:attribute name="colour" type="p:Colour" use="required"/></xs:complexType>
        </xs:element>
        <xs:element name="intervals">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="interval" minOccurs="4" maxOccurs="4">
                <xs:complexType>
                  <xs:attribute name="colour" type="p:Colour" use="required"/>
                  <xs:attribute name="days" type="p:Days" use="required"/>
                </xs:complexType>
              </xs:element>
              <xs:element name="tag-interval" minOccurs="0" maxOccurs="100">
                <xs:complexType>
                  <xs:attribute name="tag" type="p:Tag" use="required"/>
                  <xs:attribute name="colour" type="p:Colour"/>
                  <xs:attribute name="days" type="p:Days" use="required"/>
                </xs:complexType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
          <xs:unique name="one-interval-per-colour">
            <xs:selector xpath="p:interval"/>
            <xs:field xpath="@colour"/>
          </xs:unique>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="version" type="xs:token" use="required"/>
    </xs:complexType>
    <xs:unique name="unique-rule-id">
      <xs:selector xpath="p:rule"/>
      <xs:field xpath="@id"/>
    </xs:unique>
  </xs:element>
</xs:schema>

"""#

    /// `policies/supervision-default.xml`.
    static let defaultSupervisionPolicy = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  The built-in supervision policy (urn:checkup:supervision-policy:1), see
  docs/supervision.md for the rules, the intervals and their sources. A station's own
  policy is given with the policy option or CHECKUP_POLICY; it replaces this one whole.
-->
<supervision-policy xmlns="urn:checkup:supervision-policy:1" version="2026.1">
  <title>默认监管策略（红橙黄蓝四色分级）</title>
  <title xml:lang="en">Default supervision policy (four colours)</title>

  <!-- 1. 红 red: a major hazard not yet verified, or a major hazard installation with L < 1.5. -->
  <rule id="major-hazard" colour="red">
    <when><open-major-hazards at-least="1"/></when>
    <when><tag name="major-hazard-installation"/><level-below value="1.5"/></when>
  </rule>
  <!-- 2. 橙 orange: an overdue hazard, L < 1.5, or an untrue self-check on 3 items or more. -->
  <rule id="considerable" colour="orange">
    <when><overdue-hazards at-least="1"/></when>
    <when><level-below value="1.5"/></when>
    <when><untrue-self-check at-least="3"/></when>
  </rule>
  <!-- 3. 黄 yellow: L < 1.75, or never inspected. -->
  <rule id="general" colour="yellow">
    <when><level-below value="1.75"/></when>
    <when><never-inspected/></when>
  </rule>
  <!-- 4. 蓝 blue: otherwise. -->
  <otherwise colour="blue"/>

  <intervals>
    <interval colour="red" days="30"/>
    <interval colour="orange" days="60"/>
    <interval colour="yellow" days="90"/>
    <interval colour="blue" days="180"/>
    <!-- Stricter for the tags the law names for key supervision: at most 90 days. -->
    <tag-interval tag="hazchem" days="90"/>
    <tag-interval tag="major-hazard-installation" days="90"/>
  </intervals>
</supervision-policy>

"""#

    /// The shipped checklists by file name, in name order: the current editions
    /// (`checklists/*.xml`), then the earlier editions still read by self-check files made
    /// from them (`checklists/previous/*.xml`, named `previous/NAME`).
    static let checklists: [(name: String, text: String)] = [
        ("gm-general.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  工贸企业安全生产通用检查表 (gm-general)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Major-hazard items cite 《工贸企业重大事故隐患判定标准》(应急管理部令第10号,
  2023年4月14日公布, 2023年5月15日施行): 第三条 general criteria, 第四条 to
  第十条 industry criteria (冶金、有色、建材、机械、轻工、纺织、烟草; 商贸 has no
  industry article), 第十一条 to 第十三条 special criteria (dust, ammonia,
  confined spaces). docs/checklists.md lists which criteria this checklist covers.

  Edition 2026.2 (the 2026.1 edition is kept as checklists/previous/gm-general-2026.1.xml).
  Sources read for this edition, all stored copies of the published text of Order 10:
  - 第一条 to 第四条第（三）项: 《中国应急管理报》2023年6月1日第4版“应急与安全”
    (traditional-character copy at anzhuopai.com/szb/pc/col/202306/01/content_202904.html),
    checked against the full text republished 2023-04-19 at m.by1723.com
    (xwzx/hydt/202304/t20230419_73880.html).
  - 第五条第（八）项 to 第六条第（三）项: the Ministry's text republished 2023-06-26
    (m.folksfolks.com/np/2023-06/26/content_31347320_2.htm, "来源：中华人民共和国应急管理部").
  - 第六条 (all eight items) and 第七条第（一）项、第（二）项: 《中国应急管理报》
    2023年6月22日第4版 (copy at boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html).
  - 第十一条第（一）项 to 第（五）项: quoted in full at czlst.com.cn (jddz888-News-494241, 2025-08-22).
  - 第十条 (烟草, two items) and the count "7个行业共47项": ynjnrc.com (show.asp?id=7944) and
    China News Service, 2023-04-19.
  Not found in a stored copy and therefore not quoted or added in this edition: 第七条第（三）项
  to 第（七）项, 第八条 (轻工), 第九条 (纺织), 第十一条第（九）项, 第十二条, 第十三条.
  Items citing them (monitoring-01, ammonia-*, special-ops-02/03) are unchanged from 2026.1.
  Changes from 2026.1:
  - equipment-01 was worded for 机械 (5 room types) but cited 第四条第（一）项 (冶金, which names
    six room types, 操作室 and 更衣室（含澡堂） among them, and 钢铁水罐冷（热）修工位 in the bays
    where molten iron, steel or slag is lifted). equipment-01 now holds 第七条第（一）项 only
    (industries 机械), and equipment-07 holds 第四条第（一）项 word for word (industries 冶金).
  - equipment-08: 第七条第（二）项 (机械).
  - dust-08: 第十一条第（五）项.
  - section bm (建材): bm-01 to bm-08, 第六条第（一）项 to 第（八）项.
-->
<checklist xmlns="urn:checkup:checklist:1" id="gm-general" version="2026.2" xml:lang="zh-CN">
  <title>工贸企业安全生产通用检查表</title>
  <title xml:lang="en">General safety checklist for industrial and trade enterprises</title>
  <description>适用于乡镇（街道）安全生产体检站对冶金、有色、建材、机械、轻工、纺织、烟草、商贸等工贸企业的上门体检。</description>
  <description>重大事故隐患依照《工贸企业重大事故隐患判定标准》（应急管理部令第10号）判定；涉及危险化学品、消防（火灾）、燃气、特种设备的重大事故隐患，依照其专门规定判定。</description>
  <description xml:lang="en">For township checkup stations visiting industrial and trade enterprises.</description>
  <description xml:lang="en">Major hazards are judged by the Ministry of Emergency Management's criteria for major accident hazards in industrial and trade enterprises (MEM Order No. 10, 2023).</description>
  <scoring>
    <layer ref="physical" weight="1"/>
    <layer ref="technical" weight="1"/>
    <layer ref="joint" weight="1"/>
  </scoring>
  <deadlines general-days="15" major-days="60"/>

  <profile id="no-dust">
    <title>不涉及粉尘爆炸危险作业</title>
    <title xml:lang="en">No combustible dust operations</title>
    <exclude ref="dust"/>
  </profile>
  <profile id="no-ammonia">
    <title>不使用液氨制冷</title>
    <title xml:lang="en">No ammonia refrigeration</title>
    <exclude ref="ammonia"/>
  </profile>

  <section id="mgmt">
    <title>安全管理</title>
    <title xml:lang="en">Safety management</title>

    <item id="mgmt-01" layer="human" weight="2">
      <title>建立健全并落实全员安全生产责任制</title>
      <title xml:lang="en">Company-wide safety responsibility system established and enforced</title>
      <guidance>查阅全员安全生产责任制文件、岗位责任清单和考核记录；随机询问2至3名一线从业人员本岗位的安全职责。</guidance>
      <basis>《中华人民共和国安全生产法》第四条、第二十二条</basis>
      <remedy>按岗位明确责任人员、责任范围和考核标准，经主要负责人签发后公示，并每年开展考核。</remedy>
    </item>

    <item id="mgmt-02" layer="human">
      <title>主要负责人、安全生产管理人员具备与本单位生产经营活动相应的安全生产知识和管理能力</title>
      <title xml:lang="en">Principal and safety managers have the required safety knowledge and management competence</title>
      <guidance>查阅主要负责人、安全生产管理人员的安全培训记录和证明；现场提问本单位主要安全风险和应急处置要点。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第一款</basis>
      <remedy>限期参加安全生产知识和管理能力培训；按规定设置安全生产管理机构或者配备安全生产管理人员。</remedy>
    </item>

    <item id="mgmt-03" layer="human" weight="3" major="true" industries="冶金 有色">
      <title>金属冶炼企业主要负责人、安全生产管理人员经考核合格</title>
      <title xml:lang="en">Principal and safety managers of metal smelting enterprises certified</title>
      <guidance>查验主要负责人、安全生产管理人员由主管部门考核合格的证明，核对姓名、任职岗位和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第二款</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（三）项</basis>
      <remedy>限期组织考核，未考核合格前不得任职，由考核合格人员履行相应职责。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（三）项</major-criterion>
      <deadline-days>30</deadline-days>
    </item>

    <item id="mgmt-04" layer="human">
      <title>从业人员经安全生产教育和培训合格后上岗</title>
      <title xml:lang="en">Workers trained and tested in safety before starting work</title>
      <guidance>查阅年度培训计划、培训档案和考核记录；抽查新入职、转岗人员的三级安全教育记录，被派遣劳动者、实习学生一并核查。</guidance>
      <basis>《中华人民共和国安全生产法》第二十八条</basis>
      <remedy>补齐培训并建立一人一档；未经安全生产教育和培训合格的从业人员不得上岗作业。</remedy>
    </item>

    <item id="mgmt-05" layer="human" weight="1.5">
      <title>建立安全风险分级管控和隐患排查治理双重预防机制</title>
      <title xml:lang="en">Risk grading and hazard identification and rectification (dual prevention) in place</title>
      <guidance>查阅风险辨识清单、分级管控措施、隐患排查记录和整改台账；抽查1至2项已整改隐患的整改、验收、销号闭环情况。</guidance>
      <basis>《中华人民共和国安全生产法》第四十一条</basis>
      <remedy>组织全面风险辨识，建立风险清单和隐患排查治理台账，如实记录并向从业人员通报；重大事故隐患及时报告。</remedy>
    </item>
  </section>

  <section id="contractors">
    <title>承包承租与交叉作业</title>
    <title xml:lang="en">Contractors, tenants and shared work areas</title>

    <item id="contractors-01" layer="joint" weight="3" major="true">
      <title>对承包单位、承租单位的安全生产工作统一协调、管理，并定期进行安全检查</title>
      <title xml:lang="en">Contractors and tenants coordinated and managed, with regular safety inspections</title>
      <guidance>查阅发包、出租清单，专门的安全生产管理协议或者合同中的安全生产管理职责条款，以及对承包、承租单位的定期安全检查记录。</guidance>
      <guidance>到承包、承租单位作业现场核实。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条第二款</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（一）项</basis>
      <remedy>与每一家承包、承租单位签订专门的安全生产管理协议，明确各自职责；将其纳入本单位安全管理，定期开展联合安全检查并留存记录。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（一）项</major-criterion>
    </item>

    <item id="contractors-02" layer="joint">
      <title>不将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人</title>
      <title xml:lang="en">Work, premises and equipment not contracted or leased to unqualified parties</title>
      <guidance>查验承包、承租单位的营业执照、资质证书和安全生产条件；核对厂房、场地出租情况与实际使用情况是否一致，防止层层转租。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条第一款</basis>
      <remedy>对不具备条件的承包、承租单位限期整改或者终止合同；建立承包、承租单位名录并动态更新。</remedy>
    </item>

    <item id="contractors-03" layer="joint">
      <title>同一作业区域内多家单位作业的，签订安全生产管理协议并指定专职人员检查协调</title>
      <title xml:lang="en">Safety agreement and a named coordinator where several employers share a work area</title>
      <guidance>查看同一厂区、同一作业区域内是否有多家单位作业（如多家承租户共用厂房、外来施工队检修）。</guidance>
      <guidance>查阅相互之间的安全生产管理协议和检查协调记录。</guidance>
      <basis>《中华人民共和国安全生产法》第四十八条</basis>
      <remedy>签订安全生产管理协议，明确各方职责和应当采取的安全措施，指定专职安全生产管理人员进行安全检查与协调。</remedy>
    </item>
  </section>

  <section id="special-ops">
    <title>特种作业与有限空间作业</title>
    <title xml:lang="en">Special operations and confined spaces</title>

    <item id="special-ops-01" layer="human" weight="3" major="true">
      <title>特种作业人员经专门的安全作业培训并取得相应资格后上岗</title>
      <title xml:lang="en">Special-operation workers trained and certified</title>
      <guidance>对照特种作业岗位清单（电工、焊接与热切割、高处作业、制冷与空调作业等），现场查验作业人员的特种作业操作证。</guidance>
      <guidance>通过应急管理部门公布的查询渠道核验操作证真伪和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第三十条</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项</basis>
      <remedy>立即停止无证人员从事特种作业，安排培训取证；取证前由持证人员作业。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项</major-criterion>
    </item>

    <item id="special-ops-02" layer="physical" weight="2" major="true">
      <title>对有限空间进行辨识、建立安全管理台账，并设置明显的安全警示标志</title>
      <title xml:lang="en">Confined spaces identified, registered and marked with warning signs</title>
      <guidance>查阅有限空间辨识清单和管理台账；现场核对污水池、化粪池、地坑、窨井、储罐、反应釜等有限空间出入口是否设置明显的安全警示标志和告知牌。</guidance>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（一）项</basis>
      <remedy>全面辨识有限空间并建立台账，在每个有限空间出入口设置安全警示标志和告知牌，非作业时封闭或者加锁。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（一）项（存在硫化氢、一氧化碳等中毒风险的有限空间）</major-criterion>
    </item>

    <item id="special-ops-03" layer="human" weight="3" major="true">
      <title>有限空间作业落实作业审批，执行“先通风、再检测、后作业”，并设置专人监护</title>
      <title xml:lang="en">Confined-space entry permitted, ventilated and tested first, with a dedicated attendant</title>
      <guidance>查阅近期有限空间作业审批单、气体检测记录和监护记录；询问作业负责人、监护人员作业程序和应急处置措施，确认其清楚严禁盲目施救。</guidance>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（二）项</basis>
      <remedy>严格执行作业审批；作业前通风、检测合格后方可进入，作业全程设置专人监护；组织有限空间专项培训和救援演练。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（二）项</major-criterion>
    </item>

    <item id="special-ops-04" layer="technical" weight="1.5">
      <title>有限空间作业配备气体检测报警仪、机械通风设备和应急救援装备，并能正常使用</title>
      <title xml:lang="en">Gas detectors, forced ventilation and rescue equipment for confined spaces available and working</title>
      <guidance>现场查看气体检测报警仪（检定或者校准在有效期内）、机械通风设备、呼吸防护用品、全身式安全带和安全绳。</guidance>
      <guidance>开机检查检测报警仪能否正常检测和报警。</guidance>
      <guidance>装置已安装（配备）但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <remedy>配齐气体检测报警仪、通风和救援装备，定期检定、校准和维护保养；损坏、失效的立即更换。</remedy>
    </item>
  </section>

  <section id="dust">
    <title>粉尘防爆</title>
    <title xml:lang="en">Combustible dust explosion prevention</title>

    <item id="dust-01" layer="physical" weight="2" major="true">
      <title>粉尘爆炸危险场所不设在非框架结构的多层建（构）筑物内，场所内不设员工宿舍、会议室、办公室、休息室等人员聚集场所</title>
      <title xml:lang="en">Dust explosion areas not in non-framed multi-storey buildings and free of dormitories, meeting rooms, offices and rest rooms</title>
      <guidance>现场查看粉尘爆炸危险场所所在建（构）筑物的结构形式和楼层，以及场所内是否设有宿舍、会议室、办公室、休息室。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（一）项</basis>
      <basis>GB 15577—2018《粉尘防爆安全规程》</basis>
      <remedy>将人员聚集场所迁出粉尘爆炸危险场所；设在非框架结构多层建（构）筑物内的粉尘爆炸危险作业停止并搬迁。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（一）项</major-criterion>
    </item>

    <item id="dust-02" layer="physical" major="true">
      <title>除尘系统按粉尘类别、建（构）筑物和防火分区分别设置，不共用、不互联互通</title>
      <title xml:lang="en">Separate dust collection systems per dust type, building and fire compartment, not interconnected</title>
      <guidance>对照除尘系统图核对各系统服务范围；现场沿风管走向查看是否跨建（构）筑物、跨防火分区，或者连接不同类别可燃性粉尘、可燃气体的产生点。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（二）项</basis>
      <remedy>按粉尘类别和建（构）筑物、防火分区拆分除尘系统，封堵互联互通的管道。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（二）项</major-criterion>
    </item>

    <item id="dust-03" layer="physical" weight="2" major="true">
      <title>干式除尘系统采取泄爆、惰化、抑爆等爆炸防控措施</title>
      <title xml:lang="en">Dry dust collectors protected by venting, inerting or suppression</title>
      <guidance>查看干式除尘器泄爆片（门）的设置和泄爆方向是否朝向安全区域，或者惰化、抑爆装置的设置和维护记录。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项</basis>
      <basis>GB 15577—2018《粉尘防爆安全规程》</basis>
      <remedy>加装泄爆、惰化或者抑爆装置，泄爆口导向室外安全区域，并纳入日常点检。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项</major-criterion>
    </item>

    <item id="dust-04" layer="technical" weight="2" major="true" industries="机械 有色 轻工">
      <title>易产生点燃源的部位设置杂物去除和火花探测消除装置，并能正常运行</title>
      <title xml:lang="en">Tramp-metal removal and spark detection and extinguishing installed and working</title>
      <guidance>现场查看粉碎、研磨、造粒等设备前的除铁、除石装置。</guidance>
      <guidance>查看正压吹送粉尘的除尘系统、木制品加工砂光机连接风管上的火花探测消除装置，检查控制器状态并在保证安全的前提下进行功能测试。</guidance>
      <guidance>核实铝镁等金属粉尘除尘系统未采用正压除尘方式。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（四）项、第（八）项</basis>
      <remedy>加装或者修复火花探测消除装置和除铁、除石装置，纳入日常点检；铝镁等金属粉尘除尘系统改为负压除尘。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（四）项、第（八）项</major-criterion>
    </item>

    <item id="dust-05" layer="physical" major="true" industries="机械 有色 轻工">
      <title>铝镁等金属粉尘、木质粉尘的干式除尘系统设置锁气卸灰装置</title>
      <title xml:lang="en">Airlock discharge valves on dry collectors for aluminium, magnesium and wood dust</title>
      <guidance>现场查看除尘器灰斗下部是否设置旋转锁气卸灰阀等锁气卸灰装置，卸灰时是否仍有粉尘外泄。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（六）项</basis>
      <remedy>加装锁气卸灰装置，规范卸灰操作并及时清运。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（六）项</major-criterion>
    </item>

    <item id="dust-06" layer="physical" weight="2" major="true">
      <title>除尘器、收尘仓等20区粉尘爆炸危险场所的电气设备符合防爆要求</title>
      <title xml:lang="en">Electrical equipment in zone 20 areas (collectors, dust bins) explosion-protected</title>
      <guidance>查看除尘器、收尘仓等20区内电机、照明、开关、仪表等电气设备的防爆标志和防爆合格证，检查电缆引入口密封情况。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（七）项</basis>
      <remedy>更换为符合20区要求的防爆电气设备，由具备资质的单位安装并验收。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（七）项</major-criterion>
    </item>

    <item id="dust-07" layer="human" weight="2" major="true">
      <title>落实粉尘清理制度，作业现场无严重积尘</title>
      <title xml:lang="en">Dust cleaning routine followed, no heavy dust deposits</title>
      <guidance>查阅粉尘清理制度和清扫记录；现场查看设备表面、梁柱、地面、管道等处积尘情况，确认采用不产生扬尘的方式清扫。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（十）项</basis>
      <remedy>立即清除积尘，制定并落实按班次清扫制度；禁止使用压缩空气吹扫积尘。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（十）项</major-criterion>
      <deadline-days>3</deadline-days>
    </item>

    <item id="dust-08" layer="physical" weight="2" major="true">
      <title>除尘系统不采用重力沉降室除尘，不采用干式巷道式构筑物作为除尘风道</title>
      <title xml:lang="en">No gravity settling chambers as dust collectors and no dry tunnel-type structures as dust ducts</title>
      <guidance>对照除尘系统图，现场查看除尘系统是否采用重力沉降室除尘，风道是否利用干式巷道式构筑物（如砖砌或者混凝土地沟、夹墙）。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（五）项</basis>
      <remedy>拆除重力沉降室和干式巷道式风道，改用符合要求的除尘器和风管；改造完成前停止相应的粉尘作业。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（五）项：除尘系统采用重力沉降室除尘，或者采用干式巷道式构筑物作为除尘风道的</major-criterion>
    </item>
  </section>

  <section id="ammonia">
    <title>涉氨制冷</title>
    <title xml:lang="en">Ammonia refrigeration</title>

    <item id="ammonia-01" layer="physical" weight="3" major="true">
      <title>包装、分割、产品整理场所的空调系统不采用氨直接蒸发制冷</title>
      <title xml:lang="en">No direct ammonia evaporation in air conditioning of packing, cutting and sorting rooms</title>
      <guidance>查看包装间、分割间、产品整理间空调系统的制冷方式和管道走向，确认无氨直接蒸发式冷风机、无氨管道进入上述场所。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（一）项</basis>
      <remedy>改造为间接制冷（载冷剂）或者采用其他制冷剂；改造完成前停止在上述场所使用氨直接蒸发制冷。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（一）项</major-criterion>
    </item>

    <item id="ammonia-02" layer="physical" weight="3" major="true">
      <title>快速冻结装置设置在单独的作业间内，作业间内作业人员不超过9人</title>
      <title xml:lang="en">Quick freezers in a separate room with no more than 9 workers inside</title>
      <guidance>现场查看速冻装置所在作业间的分隔情况；清点当班作业间内作业人数，查阅排班表。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（二）项</basis>
      <remedy>将快速冻结装置用实体墙与其他区域分隔为单独作业间，调整排班使作业间内人数不超过9人。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（二）项</major-criterion>
    </item>

    <item id="ammonia-03" layer="technical" weight="2">
      <title>氨制冷机房和使用氨的场所设置氨气浓度检测报警装置，并与事故排风机联锁</title>
      <title xml:lang="en">Ammonia gas detectors installed and interlocked with emergency exhaust fans</title>
      <guidance>查看氨制冷机房、设备间、速冻间等处氨气浓度探测器的设置和标定记录。</guidance>
      <guidance>用标准气样或者模拟信号测试，确认报警后事故排风机自动启动，报警信号传至有人值守的值班室。</guidance>
      <guidance>装置已安装但不能正常运行，或者联锁被解除、旁路的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <basis>GB 50072—2021《冷库设计标准》</basis>
      <remedy>补设或者修复氨气浓度检测报警装置，恢复与事故排风机的联锁，定期标定并保存记录。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="ammonia-04" layer="joint" weight="1.5">
      <title>氨泄漏应急预案明确周边单位和村（社区）的告知与疏散，并与乡镇（街道）联合演练</title>
      <title xml:lang="en">Ammonia leak plan covers warning and evacuation of neighbours, drilled with the township</title>
      <guidance>查阅氨泄漏专项应急预案或者现场处置方案，核对是否明确下风向周边企业、村（社区）的告知方式和疏散路线。</guidance>
      <guidance>查阅与乡镇（街道）、周边企业的联合演练记录。</guidance>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急条例》第五条</basis>
      <remedy>修订预案，补充周边告知和疏散联动内容并向乡镇（街道）报备，每年至少与乡镇（街道）、周边企业联合演练一次。</remedy>
    </item>
  </section>

  <section id="equipment">
    <title>设备设施与作业场所</title>
    <title xml:lang="en">Equipment, facilities and workplaces</title>

    <item id="equipment-01" layer="physical" weight="3" major="true" industries="机械">
      <title>会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所不设在熔融金属吊运跨或者浇注跨的地坪区域内</title>
      <title xml:lang="en">Meeting, activity, rest, changing and shift-handover rooms not on the floor area of molten-metal crane bays or pouring bays</title>
      <guidance>对照厂房平面图，现场查看会议室、活动室、休息室、更衣室、交接班室的位置，与熔融金属吊运跨、浇注跨的地坪区域对照。</guidance>
      <guidance>适用于机械企业（铸造等涉及熔融金属吊运、浇注的车间）；冶金企业按equipment-07检查。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（一）项</basis>
      <remedy>将人员聚集场所迁出熔融金属吊运跨、浇注跨的地坪区域；迁出前停止在上述场所聚集人员。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（一）项：会议室、活动室、休息室、更衣室、交接班室等5类人员聚集场所设置在熔融金属吊运跨或者浇注跨的地坪区域内的</major-criterion>
    </item>

    <item id="equipment-02" layer="physical">
      <title>机械设备外露的传动、转动部位设置防护罩（网），防护装置完好</title>
      <title xml:lang="en">Guards on exposed transmissions and rotating parts, in good condition</title>
      <guidance>现场抽查皮带轮、链轮、齿轮、联轴器、转轴等外露运动部位的防护罩（网）是否齐全、牢固，是否存在拆除后未恢复的情况。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第一款</basis>
      <basis>GB/T 8196—2018《机械安全 防护装置 固定式和活动式防护装置的设计与制造一般要求》</basis>
      <remedy>补齐、修复防护罩（网），检修后及时恢复防护装置。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="equipment-03" layer="physical" weight="2">
      <title>特种设备办理使用登记，并在定期检验有效期内使用</title>
      <title xml:lang="en">Special equipment registered and within its periodic inspection validity</title>
      <guidance>查阅锅炉、压力容器、电梯、起重机械、场（厂）内专用机动车辆等特种设备台账、使用登记证和定期检验报告；现场核对检验合格标志。</guidance>
      <basis>《中华人民共和国特种设备安全法》第三十三条、第四十条</basis>
      <remedy>未登记或者超期未检的特种设备立即停用，办理使用登记、申请检验，合格后方可继续使用。</remedy>
    </item>

    <item id="equipment-04" layer="physical">
      <title>有较大危险因素的场所和设施设备设置明显的安全警示标志</title>
      <title xml:lang="en">Clear safety warning signs at places and equipment with significant hazards</title>
      <guidance>现场查看配电房、有限空间、高温熔融、高处、起重作业区域及危险设备上的安全警示标志是否齐全、醒目、与风险相符。</guidance>
      <basis>《中华人民共和国安全生产法》第三十五条</basis>
      <remedy>按GB 2894《安全标志及其使用导则》补设安全警示标志，并定期检查维护。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="equipment-05" layer="physical" weight="2">
      <title>生产经营场所与员工宿舍分开设置，疏散通道、安全出口畅通</title>
      <title xml:lang="en">Workplaces separated from dormitories, escape routes and exits kept clear</title>
      <guidance>查看车间、仓库与员工宿舍是否在同一座建筑物内；检查疏散通道、安全出口是否被占用、锁闭、封堵，标志是否明显。</guidance>
      <basis>《中华人民共和国安全生产法》第四十二条</basis>
      <remedy>立即清理占用、打开锁闭的疏散通道和安全出口；员工宿舍迁出生产、储存场所所在建筑物。</remedy>
    </item>

    <item id="equipment-06" layer="physical">
      <title>配电设施规范，设置剩余电流保护，无私拉乱接</title>
      <title xml:lang="en">Electrical distribution in order, residual-current protection fitted, no improvised wiring</title>
      <guidance>查看配电箱（柜）门锁、接地和剩余电流动作保护器，按试验按钮测试是否动作；检查车间内是否存在私拉乱接、电线裸露或者老化破损。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第一款</basis>
      <basis>GB/T 13869—2017《用电安全导则》</basis>
      <remedy>由持证电工整改线路，补设剩余电流动作保护器，建立配电设施定期检查记录。</remedy>
    </item>
    <item id="equipment-07" layer="physical" weight="3" major="true" industries="冶金">
      <title>会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷（热）修工位，不设在铁水、钢水、液渣吊运跨的地坪区域内</title>
      <title xml:lang="en">Six kinds of staff rooms and iron or steel ladle repair stations not on the floor of bays where molten iron, steel or slag is lifted</title>
      <guidance>对照厂房平面图，现场查看会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）的位置，以及铁水罐、钢水罐冷（热）修工位的位置，与铁水、钢水、液渣吊运跨的地坪区域对照。</guidance>
      <guidance>适用于冶金企业；机械企业按equipment-01检查。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第四条第（一）项</basis>
      <remedy>将人员聚集场所和钢铁水罐冷（热）修工位迁出铁水、钢水、液渣吊运跨的地坪区域；迁出前停止在上述场所聚集人员、停止在该工位作业。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第四条第（一）项：会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等6类人员聚集场所，以及钢铁水罐冷（热）修工位设置在铁水、钢水、液渣吊运跨的地坪区域内的</major-criterion>
    </item>

    <item id="equipment-08" layer="physical" weight="3" major="true" industries="机械">
      <title>铸造用熔炼炉、精炼炉、保温炉设置紧急排放和应急储存设施</title>
      <title xml:lang="en">Emergency tapping and emergency holding facilities for foundry melting, refining and holding furnaces</title>
      <guidance>现场查看铸造用熔炼炉（含中频炉）、精炼炉、保温炉是否设置紧急排放和应急储存设施（如事故坑、应急包），设施是否完好、是否被杂物占用。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（二）项</basis>
      <remedy>设置与炉容量相适应的紧急排放和应急储存设施，保持其干燥、清洁、随时可用，并纳入日常点检。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（二）项：铸造用熔炼炉、精炼炉、保温炉未设置紧急排放和应急储存设施的</major-criterion>
    </item>
  </section>

  <section id="bm">
    <title>建材企业</title>
    <title xml:lang="en">Building materials enterprises</title>

    <item id="bm-01" layer="technical" weight="2" major="true" industries="建材">
      <title>煤磨袋式收尘器、煤粉仓设置温度和固定式一氧化碳浓度监测报警装置，并设置气体灭火装置</title>
      <title xml:lang="en">Coal-mill bag filters and pulverised-coal bins have temperature and fixed carbon monoxide alarms and gas extinguishing</title>
      <guidance>现场查看煤磨袋式收尘器、煤粉仓的温度和一氧化碳浓度监测报警装置及其报警值、标定记录，以及气体灭火装置（如二氧化碳、氮气灭火）的设置和有效期。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（一）项</basis>
      <remedy>补设温度和固定式一氧化碳浓度监测报警装置及气体灭火装置，定期标定、检查并记录。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（一）项：煤磨袋式收尘器、煤粉仓未设置温度和固定式一氧化碳浓度监测报警装置，或者未设置气体灭火装置的</major-criterion>
    </item>

    <item id="bm-02" layer="human" weight="2" major="true" industries="建材">
      <title>筒型储库人工清库作业落实清库方案中防止高处坠落、坍塌等安全措施</title>
      <title xml:lang="en">Manual silo cleaning follows the cleaning plan's measures against falls and collapse</title>
      <guidance>查阅筒型储库清库方案和近期清库作业记录，核对防止高处坠落、坍塌等安全措施是否落实；询问作业负责人清库程序。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（二）项</basis>
      <remedy>完善清库方案，清库作业前逐项落实防止高处坠落、坍塌等安全措施并留存记录；措施未落实的不得作业。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（二）项：筒型储库人工清库作业未落实清库方案中防止高处坠落、坍塌等安全措施的</major-criterion>
    </item>

    <item id="bm-03" layer="technical" weight="2" major="true" industries="建材">
      <title>水泥企业电石渣原料筒型储库设置固定式可燃气体浓度监测报警装置，并与事故通风装置联锁</title>
      <title xml:lang="en">Carbide-slag silos of cement plants have fixed flammable gas alarms interlocked with emergency ventilation</title>
      <guidance>现场查看电石渣原料筒型储库的固定式可燃气体浓度监测报警装置和事故通风装置，测试报警后事故通风装置能否自动启动。</guidance>
      <guidance>装置已安装但不能正常运行，或者联锁被解除的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（三）项</basis>
      <remedy>补设固定式可燃气体浓度监测报警装置，恢复或者建立与事故通风装置的联锁，定期标定并测试。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（三）项：水泥企业电石渣原料筒型储库未设置固定式可燃气体浓度监测报警装置，或者监测报警装置未与事故通风装置联锁的</major-criterion>
    </item>

    <item id="bm-04" layer="human" weight="3" major="true" industries="建材">
      <title>进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前采取隔离措施，并落实防止高处坠落、坍塌等安全措施</title>
      <title xml:lang="en">Before entering silos, kilns, preheater cyclones, calciners, shaft kilns, grate coolers, mills or crushers: isolation and fall and collapse protection</title>
      <guidance>查阅近期进入上述设备内部作业的审批记录，核对是否对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施（如断电挂牌上锁、关闭并隔断阀门、插板）。</guidance>
      <guidance>核对是否落实防止高处坠落、坍塌等安全措施；现场询问作业人员。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（四）项</basis>
      <remedy>制定进入设备内部作业的隔离和防护程序，作业前逐项确认隔离措施和防止高处坠落、坍塌等措施，未落实的不得进入。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（四）项：进入筒型储库、焙烧窑、预热器旋风筒、分解炉、竖炉、篦冷机、磨机、破碎机前，未对可能意外启动的设备和涌入的物料、高温气体、有毒有害气体等采取隔离措施，或者未落实防止高处坠落、坍塌等安全措施的</major-criterion>
    </item>

    <item id="bm-05" layer="technical" weight="2" major="true" industries="建材">
      <title>采用预混燃烧方式的燃气窑炉燃气总管设置管道压力监测报警装置，并与紧急自动切断装置联锁</title>
      <title xml:lang="en">Gas mains of premix gas-fired kilns have pressure alarms interlocked with automatic emergency shut-off</title>
      <guidance>确认窑炉是否采用预混燃烧方式（热发生炉煤气窑炉除外）；现场查看燃气总管的管道压力监测报警装置和紧急自动切断装置，在保证安全的前提下测试联锁。</guidance>
      <guidance>装置已安装但不能正常运行，或者联锁被解除的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（五）项</basis>
      <remedy>在燃气总管上补设管道压力监测报警装置并与紧急自动切断装置联锁，定期测试并记录。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（五）项：采用预混燃烧方式的燃气窑炉（热发生炉煤气窑炉除外）的燃气总管未设置管道压力监测报警装置，或者监测报警装置未与紧急自动切断装置联锁的</major-criterion>
    </item>

    <item id="bm-06" layer="technical" weight="2" major="true" industries="建材">
      <title>制氢站、氮氢保护气体配气间、燃气配气间设置固定式可燃气体浓度监测报警装置</title>
      <title xml:lang="en">Fixed flammable gas alarms in hydrogen stations, nitrogen-hydrogen protective gas rooms and fuel gas distribution rooms</title>
      <guidance>现场查看制氢站、氮氢保护气体配气间、燃气配气间的固定式可燃气体浓度监测报警装置，检查控制器状态，用标准气样测试报警，查阅标定记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（六）项</basis>
      <remedy>补设固定式可燃气体浓度监测报警装置，报警信号引至有人值守场所，定期标定。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（六）项：制氢站、氮氢保护气体配气间、燃气配气间等3类场所未设置固定式可燃气体浓度监测报警装置的</major-criterion>
    </item>

    <item id="bm-07" layer="technical" weight="2" major="true" industries="建材">
      <title>电熔制品电炉的水冷设备有效</title>
      <title xml:lang="en">Water cooling of electric fused-product furnaces working</title>
      <guidance>现场查看电熔制品电炉水冷设备的运行状态、供水压力和流量，查阅水冷设备检查、维护记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（七）项</basis>
      <remedy>修复失效的水冷设备，恢复前停止电炉运行；建立水冷设备日常点检制度。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（七）项：电熔制品电炉的水冷设备失效的</major-criterion>
    </item>

    <item id="bm-08" layer="technical" weight="2" major="true" industries="建材">
      <title>玻璃窑炉、玻璃锡槽等设备设置水冷和风冷保护系统的监测报警装置</title>
      <title xml:lang="en">Glass furnaces and tin baths have alarms on their water and air cooling protection</title>
      <guidance>现场查看玻璃窑炉、玻璃锡槽水冷和风冷保护系统的监测报警装置（如水压、流量、风压报警），检查报警设定和测试记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（八）项</basis>
      <remedy>补设水冷和风冷保护系统的监测报警装置，报警信号引至有人值守场所，定期测试并记录。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第六条第（八）项：玻璃窑炉、玻璃锡槽等设备未设置水冷和风冷保护系统的监测报警装置的</major-criterion>
    </item>
  </section>

  <section id="monitoring">
    <title>监测预警与安全联锁</title>
    <title xml:lang="en">Monitoring, alarms and interlocks</title>

    <item id="monitoring-01" layer="technical" weight="2" major="true" industries="机械">
      <title>使用非水性漆的调漆间、喷漆室设置固定式可燃气体浓度监测报警装置和通风设施</title>
      <title xml:lang="en">Fixed flammable gas detection and ventilation in paint mixing rooms and spray booths using solvent paint</title>
      <guidance>现场查看调漆间、喷漆室的可燃气体探测器和通风设施，查看报警控制器状态，用标准气样测试报警功能，查阅标定记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（七）项</basis>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>设置固定式可燃气体浓度监测报警装置和通风设施，报警信号引至有人值守场所，定期标定。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（七）项</major-criterion>
    </item>

    <item id="monitoring-02" layer="technical" weight="2" industries="机械 建材 轻工">
      <title>使用天然气等燃气的加热炉、窑炉设置燃气泄漏报警装置，燃烧系统设置熄火保护和快速切断阀</title>
      <title xml:lang="en">Gas leak alarms, flame-failure protection and fast shut-off valves on gas-fired furnaces and kilns</title>
      <guidance>现场查看燃烧器操作部位的可燃气体泄漏报警装置、熄火保护装置和快速切断阀。</guidance>
      <guidance>查阅维护和测试记录，在保证安全的前提下模拟报警，确认切断阀动作。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>补设或者修复报警和切断装置，定期测试并记录；装置恢复正常前停止使用相应燃烧设备。</remedy>
    </item>

    <item id="monitoring-03" layer="technical" industries="机械">
      <title>冲压、剪切、注塑等危险设备的安全联锁、光电保护或者双手操作装置有效</title>
      <title xml:lang="en">Interlocks, light curtains or two-hand controls on presses, shears and moulding machines work</title>
      <guidance>现场查看冲床、剪板机、注塑机等设备的光电保护、双手操作和安全门联锁装置；空载测试遮挡光幕或者打开安全门时设备能否立即停止。</guidance>
      <guidance>装置已安装但不能正常运行，或者被短接、拆除的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>立即停用该设备，修复或者加装安全保护装置并经测试有效后方可使用；对短接、拆除保护装置的行为追究责任。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="monitoring-04" layer="technical">
      <title>重点部位设置视频监控，图像清晰、录像按规定保存，监控和报警数据不被关闭或者篡改</title>
      <title xml:lang="en">Video surveillance of key areas, clear and recorded; monitoring and alarm data not switched off or altered</title>
      <guidance>查看危险作业区、仓库、配电房、出入口等重点部位的视频监控覆盖和图像质量，回放核查录像保存时长。</guidance>
      <guidance>核查监控、报警设备是否有关闭、屏蔽或者数据被删除的情况。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>修复或者补设视频监控，明确录像保存时长（建议不少于30日）和专人管理；恢复被关闭的监控、报警设备。</remedy>
    </item>
  </section>

  <section id="emergency">
    <title>应急管理与联防联动</title>
    <title xml:lang="en">Emergency preparedness and joint defence</title>

    <item id="emergency-01" layer="joint" weight="2">
      <title>生产安全事故应急预案与乡镇（街道）应急预案相衔接，并定期组织演练</title>
      <title xml:lang="en">Emergency plan linked to the township plan and drilled regularly</title>
      <guidance>查阅应急预案，核对其中的报告对象、联络方式、集合点和疏散路线与乡镇（街道）预案是否一致；查阅演练计划、演练记录和评估总结。</guidance>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急预案管理办法》第三十三条</basis>
      <remedy>修订预案并报乡镇（街道）；每年至少组织一次综合或者专项应急预案演练，每半年至少组织一次现场处置方案演练，邀请网格员参加。</remedy>
    </item>

    <item id="emergency-02" layer="joint" weight="1.5">
      <title>明确网格员、驻村（社区）民警和辅警等报告渠道，隐患和险情能及时报告</title>
      <title xml:lang="en">Reporting channels to grid members and village police known and used</title>
      <guidance>询问企业负责人、安全管理人员是否知道所在网格的网格员、驻村（社区）民警或者辅警及其联系方式。</guidance>
      <guidance>查看企业内公示的报告渠道；查阅近一年隐患和险情的报告、通报记录。</guidance>
      <basis>《中华人民共和国安全生产法》第七十四条、第七十五条</basis>
      <remedy>在显著位置公示网格员、驻村（社区）民警和辅警、乡镇（街道）应急管理机构及体检站的联系方式，建立双向信息通报机制。</remedy>
    </item>

    <item id="emergency-03" layer="joint">
      <title>与周边企业建立应急互助机制，签订应急救援协议或者指定兼职应急救援人员</title>
      <title xml:lang="en">Mutual aid with neighbouring enterprises: rescue agreement or part-time rescuers</title>
      <guidance>查阅与邻近企业或者应急救援队伍签订的应急救援协议、联系人清单和可相互调用的应急物资清单；询问近一年是否开展联合演练。</guidance>
      <basis>《生产安全事故应急条例》第十条</basis>
      <remedy>指定兼职应急救援人员，与周边企业或者邻近应急救援队伍签订应急救援协议，共享物资清单和联系人，每年开展一次联合演练。</remedy>
    </item>

    <item id="emergency-04" layer="physical">
      <title>配备与风险相适应的应急救援器材、设备和物资，并经常性维护保养</title>
      <title xml:lang="en">Emergency equipment and supplies matched to the risks and maintained</title>
      <guidance>对照应急预案核查应急物资清单，现场查看灭火器材、空气呼吸器、急救箱、堵漏和收集器材的数量、有效期和存放位置。</guidance>
      <basis>《生产安全事故应急条例》第十三条</basis>
      <remedy>补齐应急救援器材、设备和物资，建立台账，明确专人维护保养并定期检查。</remedy>
    </item>
  </section>
</checklist>

"""#),
        ("hazchem.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  危险化学品使用和储存安全检查表 (hazchem)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Main sources: 《危险化学品安全管理条例》(国务院令第591号, 2013年修订),
  《中华人民共和国危险化学品安全法》(2025年12月27日第十四届全国人大常委会第十九次会议
  通过, 2026年5月1日起施行), 《危险化学品重大危险源监督管理暂行规定》,
  《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》(安监总管三〔2017〕121号),
  GB 35181—2025《重大火灾隐患判定规则》, GB 15603—2022, GB/T 50493—2019, GB 18218—2018.

  Edition 2026.2 (the 2026.1 edition is kept as checklists/previous/hazchem-2026.1.xml).
  Changes from 2026.1, and where the texts were read:
  - 《中华人民共和国危险化学品安全法》: adoption and date in force from Xinhua, 2025-12-27
    (en.people.cn/n3/2025/1227/c90000-20407533.html: 10 chapters, 127 articles); the text of
    第四十七条 (使用单位的安全管理规章制度和安全操作规程) and 第五十一条 (作业场所的化学品安全
    技术说明书和安全标签提供给从业人员) from wechat.estsglobal.com/wechat/law_contents/381.
    They are cited beside the 条例 in hc-mgmt-02 and hc-mgmt-03. No other article of the Law
    was found in a stored copy of its text, so the other items still cite the 条例 only; check
    them against the Law before the next edition.
  - GB 35181—2025《重大火灾隐患判定规则》(国家市场监督管理总局、国家标准化管理委员会
    2025-04-25发布, 2025-11-01实施) replaces GB 35181—2017《重大火灾隐患判定方法》
    (foreword read at fire114.cn/index/article/detail?i=136605: direct criteria are now in
    chapter 5). The 2017 clause 6.2 (read at 233.com/cfe/zhishiku/1139/202408/21153408935458.html)
    listed 生产、储存、经营易燃易爆危险品的场所与人员密集场所、居住场所设置在同一建筑物内 as
    a direct criterion; the 2025 clause text was not found, so hc-storage-03 cites the 2025
    standard without quoting or numbering a clause.
-->
<checklist xmlns="urn:checkup:checklist:1" id="hazchem" version="2026.2" xml:lang="zh-CN">
  <title>危险化学品使用和储存安全检查表</title>
  <title xml:lang="en">Safety checklist for the use and storage of hazardous chemicals</title>
  <description>适用于乡镇（街道）范围内使用、储存危险化学品的工贸企业和危险化学品经营（带储存）单位。</description>
  <description>标注为重大事故隐患的项目，仅对判定标准适用范围内的单位按重大事故隐患处理，其他单位按一般隐患从严整改。</description>
  <description xml:lang="en">For enterprises in the township that use or store hazardous chemicals.</description>
  <description xml:lang="en">Items marked major are major hazards only for units within the scope of the cited criteria; other units rectify them as general hazards.</description>
  <deadlines general-days="15" major-days="60"/>

  <section id="hc-mgmt">
    <title>安全管理与人员</title>
    <title xml:lang="en">Management and people</title>

    <item id="hc-mgmt-01" layer="human" weight="3" major="true">
      <title>危险化学品经营、储存单位主要负责人和安全生产管理人员经考核合格</title>
      <title xml:lang="en">Principal and safety managers of hazardous chemical trading and storage units certified</title>
      <guidance>查验主要负责人、安全生产管理人员安全生产知识和管理能力考核合格证明，核对姓名、岗位和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第二款</basis>
      <remedy>限期参加考核；考核合格前不得任职，由考核合格人员履行相应职责。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第一项</major-criterion>
      <deadline-days>30</deadline-days>
    </item>

    <item id="hc-mgmt-02" layer="human">
      <title>建立危险化学品安全管理制度和岗位安全操作规程，从业人员经培训考核合格后上岗</title>
      <title xml:lang="en">Chemical safety rules and operating procedures in place, staff trained and tested</title>
      <guidance>查阅危险化学品安全管理制度、操作规程和培训考核记录；现场询问操作人员所用危险化学品的危险特性和应急处置方法。</guidance>
      <basis>《危险化学品安全管理条例》第四条、第二十八条</basis>
      <basis>《中华人民共和国危险化学品安全法》第四十七条</basis>
      <remedy>根据所用危险化学品的种类、危险特性、使用量和使用方式完善制度和规程，组织培训考核，不合格人员不得上岗。</remedy>
    </item>

    <item id="hc-mgmt-03" layer="human" weight="2">
      <title>每种危险化学品备有安全技术说明书和安全标签，作业人员掌握其内容</title>
      <title xml:lang="en">Safety data sheet and label for every hazardous chemical, understood by workers</title>
      <guidance>对照危险化学品清单逐一核对化学品安全技术说明书（SDS/MSDS）是否齐全、为中文版本。</guidance>
      <guidance>查看包装容器上的安全标签；抽问作业人员说明书中的急救和泄漏处置措施。</guidance>
      <basis>《危险化学品安全管理条例》第十五条、第三十七条</basis>
      <basis>《中华人民共和国危险化学品安全法》第五十一条</basis>
      <basis>GB/T 16483—2008《化学品安全技术说明书 内容和项目顺序》</basis>
      <basis>GB 15258—2009《化学品安全标签编写规定》</basis>
      <remedy>向供应商索取缺失的安全技术说明书，补贴安全标签，在作业场所放置说明书并组织学习。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="hc-mgmt-04" layer="human">
      <title>建立危险化学品出入库核查、登记制度，账物相符</title>
      <title xml:lang="en">Inbound and outbound checks and records kept, stock matches records</title>
      <guidance>查阅出入库登记台账，随机抽取2至3种危险化学品核对实物数量与台账是否一致。</guidance>
      <basis>《危险化学品安全管理条例》第二十五条第一款</basis>
      <remedy>建立出入库核查、登记制度，每月盘点，账物不符的查明原因。</remedy>
    </item>

    <item id="hc-mgmt-05" layer="human" weight="2">
      <title>剧毒化学品和储存数量构成重大危险源的危险化学品在专用仓库内单独存放，实行双人收发、双人保管</title>
      <title xml:lang="en">Highly toxic chemicals stored apart, issued and kept under two-person control</title>
      <guidance>查看剧毒化学品专用仓库的双人双锁设置和钥匙分管情况；查阅收发记录上是否有两名人员签字。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第一款</basis>
      <remedy>落实双人收发、双人保管和双人双锁，明确两名保管人员并报备。</remedy>
      <deadline-days>7</deadline-days>
    </item>
  </section>

  <section id="hc-storage">
    <title>储存场所与设施</title>
    <title xml:lang="en">Storage places and facilities</title>

    <item id="hc-storage-01" layer="physical" weight="2">
      <title>危险化学品储存在专用仓库、专用场地或者专用储存室内，并由专人负责管理</title>
      <title xml:lang="en">Hazardous chemicals kept in a dedicated store, yard or room under a named custodian</title>
      <guidance>现场查看危险化学品存放位置，是否存放在车间过道、办公室、生活区等非专用场所；核实仓库管理人员。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第一款</basis>
      <remedy>设置专用仓库、专用场地或者专用储存室，明确专人管理；车间内只存放当班用量。</remedy>
    </item>

    <item id="hc-storage-02" layer="physical" weight="3" major="true">
      <title>按国家标准分区、分类、分库储存，不超量、超品种储存，相互禁配物质不混放混存</title>
      <title xml:lang="en">Storage segregated by zone, class and store; no excess quantities or types; incompatibles not mixed</title>
      <guidance>对照危险化学品清单和安全技术说明书中的禁配物，现场核查氧化剂与可燃物、酸与碱、遇湿易燃物品与含水物品等是否混存。</guidance>
      <guidance>核对储存品种和数量是否超出设计或者许可范围。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第二款</basis>
      <basis>GB 15603—2022《危险化学品仓库储存通则》</basis>
      <remedy>按类别分区分库储存并设置隔离间距，清出超量、超品种的危险化学品，禁配物质立即分开存放。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第二十项</major-criterion>
      <deadline-days>15</deadline-days>
    </item>

    <item id="hc-storage-03" layer="physical" weight="3" major="true">
      <title>储存易燃易爆危险化学品的场所不与员工宿舍、居住场所设在同一建筑物内</title>
      <title xml:lang="en">Stores of flammable or explosive chemicals not in the same building as dormitories or homes</title>
      <guidance>查看危险化学品仓库、储存室所在建筑物内是否有员工宿舍或者居住场所，与周边居住场所的距离。</guidance>
      <basis>《中华人民共和国安全生产法》第四十二条第一款</basis>
      <basis>《中华人民共和国消防法》第十九条第一款</basis>
      <remedy>将住宿人员迁出，或者将危险化学品储存场所搬迁至独立建筑并保持安全距离。</remedy>
      <major-criterion>GB 35181—2025《重大火灾隐患判定规则》（2025年11月1日起实施，代替GB 35181—2017）。原GB 35181—2017第6.2条将“生产、储存、经营易燃易爆危险品的场所与人员密集场所、居住场所设置在同一建筑物内”列为直接判定要素；2025年版的对应条款未经核对，判定时以2025年版正文第5章（直接判定要素）为准。</major-criterion>
    </item>

    <item id="hc-storage-04" layer="physical" weight="2">
      <title>储存场所设置通风、防火、防爆、防雷、防静电、防晒等安全设施设备，并经常性维护保养</title>
      <title xml:lang="en">Ventilation, fire, explosion, lightning, static and sun protection provided and maintained</title>
      <guidance>现场查看仓库通风设施、防爆电气（照明、开关、排风机）、防雷防静电接地及年度检测报告、遮阳降温设施；查阅维护保养记录。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <remedy>按储存品种的危险特性补设安全设施设备，建立维护保养和定期检测制度。</remedy>
    </item>

    <item id="hc-storage-05" layer="physical">
      <title>液体危险化学品储存区设置防泄漏围堰或者收集设施，并配备泄漏应急处置物资</title>
      <title xml:lang="en">Bunds or spill collection for liquid chemicals, with spill response supplies</title>
      <guidance>现场查看储罐区、桶装液体存放区的围堰（防护堤）、导流沟、事故收集池，以及吸附棉、沙土、堵漏工具等物资。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <remedy>设置防泄漏围堰或者托盘、收集设施，配备泄漏处置物资并定点存放。</remedy>
    </item>

    <item id="hc-storage-06" layer="physical">
      <title>作业场所和安全设施设备上设置明显的安全警示标志，专用仓库设置明显标志</title>
      <title xml:lang="en">Clear warning signs at workplaces, safety equipment and dedicated stores</title>
      <guidance>现场查看仓库门口的危险化学品名称、危险特性、禁火等标志和周知卡，以及安全设施设备上的警示标志。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第二款、第二十六条第一款</basis>
      <remedy>补设安全警示标志和危险化学品安全周知卡。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="hc-storage-07" layer="physical">
      <title>配备洗眼器、紧急喷淋、防护服、空气呼吸器等与所存化学品相适应的应急救援器材</title>
      <title xml:lang="en">Eyewash, safety shower, protective suits and breathing apparatus suited to the chemicals</title>
      <guidance>对照安全技术说明书核查个体防护装备和应急器材的种类、数量和有效期；测试洗眼器和紧急喷淋出水。</guidance>
      <basis>《危险化学品安全管理条例》第七十条第一款</basis>
      <remedy>补齐应急救援器材并定点存放，建立台账，定期检查维护。</remedy>
    </item>
  </section>

  <section id="hc-monitor">
    <title>监测监控与紧急切断</title>
    <title xml:lang="en">Monitoring, surveillance and emergency shut-off</title>

    <item id="hc-monitor-01" layer="technical" weight="3" major="true">
      <title>可能泄漏可燃气体、有毒气体的场所设置检测报警装置，报警信号传至有人值守场所</title>
      <title xml:lang="en">Flammable and toxic gas detectors where leaks are possible, alarms sent to a manned room</title>
      <guidance>现场查看储存、使用、装卸场所的可燃气体和有毒气体探测器的设置位置、数量和检测介质是否与所存物料相符。</guidance>
      <guidance>查看报警控制器是否有故障、屏蔽；用标准气样测试报警功能，查阅年度标定记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <basis>GB/T 50493—2019《石油化工可燃气体和有毒气体检测报警设计标准》</basis>
      <remedy>按标准补设检测报警装置，报警信号引至值班室或者控制室，每年标定并保存记录；故障装置立即修复。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第十二项</major-criterion>
    </item>

    <item id="hc-monitor-02" layer="technical" weight="3" major="true">
      <title>构成一级、二级重大危险源的危险化学品罐区实现紧急切断功能</title>
      <title xml:lang="en">Emergency shut-off at tank farms that are first or second grade major hazard installations</title>
      <guidance>查阅重大危险源辨识和分级报告；现场查看储罐进出料管道上的紧急切断阀及其控制方式，在安全条件下测试远程关闭功能，查阅测试记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>GB 18218—2018《危险化学品重大危险源辨识》</basis>
      <basis>《危险化学品重大危险源监督管理暂行规定》第十三条</basis>
      <remedy>在储罐进出料管道上设置可远程操作的紧急切断阀，并与液位、压力等报警联锁；定期测试。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第五项</major-criterion>
    </item>

    <item id="hc-monitor-03" layer="technical" weight="2">
      <title>重大危险源配备温度、压力、液位等参数不间断采集监测系统，具备信息远传、连续记录、事故预警功能</title>
      <title xml:lang="en">Continuous monitoring of temperature, pressure and level at major hazard installations, with remote transmission and alarms</title>
      <guidance>查看监测系统实时画面和历史曲线，核查数据是否连续、是否接入监管部门或者园区平台；抽查近30日的报警记录及处置情况。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第四十条</basis>
      <basis>《危险化学品重大危险源监督管理暂行规定》第十三条</basis>
      <remedy>完善监测监控系统，恢复数据远传和连续记录，明确报警处置责任人。</remedy>
    </item>

    <item id="hc-monitor-04" layer="technical" weight="2">
      <title>剧毒化学品、易制爆危险化学品储存场所设置视频监控和入侵报警等技术防范设施</title>
      <title xml:lang="en">Video surveillance and intrusion alarms at stores of highly toxic or explosive-precursor chemicals</title>
      <guidance>现场查看仓库出入口和库内的视频监控覆盖、图像清晰度和录像保存时长，测试入侵报警装置；核对技防设施是否经公安机关检查。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十六条第一款</basis>
      <basis>GA 1511—2018《易制爆危险化学品储存场所治安防范要求》</basis>
      <remedy>按要求设置视频监控、入侵报警等技术防范设施，录像按规定保存，故障及时修复。</remedy>
    </item>

    <item id="hc-monitor-05" layer="technical">
      <title>作业场所设置通信、报警装置，并保证处于适用状态</title>
      <title xml:lang="en">Communication and alarm devices at workplaces, kept in working order</title>
      <guidance>现场测试仓库、装卸区的报警按钮、声光报警器和固定电话或者对讲设备。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十一条</basis>
      <remedy>补设或者修复通信、报警装置，纳入日常巡检。</remedy>
      <deadline-days>7</deadline-days>
    </item>
  </section>

  <section id="hc-joint">
    <title>应急与联防联动</title>
    <title xml:lang="en">Emergency response and joint defence</title>

    <item id="hc-joint-01" layer="joint" weight="2">
      <title>危险化学品事故应急预案与乡镇（街道）应急预案相衔接，并至少每半年演练一次</title>
      <title xml:lang="en">Chemical emergency plan linked to the township plan and drilled at least every six months</title>
      <guidance>查阅危险化学品事故应急预案及备案材料，核对报告对象、周边疏散范围与乡镇（街道）预案是否一致；查阅近一年演练记录。</guidance>
      <basis>《危险化学品安全管理条例》第七十条</basis>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急条例》第八条</basis>
      <remedy>修订并备案应急预案，补充与乡镇（街道）的信息报告和疏散联动内容，每半年至少组织一次演练。</remedy>
    </item>

    <item id="hc-joint-02" layer="joint" weight="1.5">
      <title>剧毒化学品和构成重大危险源的危险化学品的储存数量、地点和管理人员情况向属地部门和公安机关备案</title>
      <title xml:lang="en">Quantities, location and custodians of highly toxic chemicals and major hazard stocks filed with authorities and police</title>
      <guidance>查阅向县级应急管理部门和公安机关的备案材料，核对备案信息与现场实际是否一致；询问驻村（社区）民警是否掌握相关情况。</guidance>
      <basis>《危险化学品安全管理条例》第二十五条第二款</basis>
      <remedy>补办备案，情况变化时及时更新，并将储存点位告知驻村（社区）民警和网格员。</remedy>
    </item>

    <item id="hc-joint-03" layer="joint" weight="2">
      <title>剧毒化学品、易制爆危险化学品如实记录流向，丢失或者被盗时立即报告公安机关</title>
      <title xml:lang="en">Flow records for highly toxic and explosive-precursor chemicals; loss or theft reported to police at once</title>
      <guidance>查阅流向登记（购买、使用、库存），核对数量。</guidance>
      <guidance>询问管理人员发现丢失、被盗时的报告对象和方式，是否掌握驻村（社区）民警或者辅警的联系方式。</guidance>
      <basis>《危险化学品安全管理条例》第二十三条第一款</basis>
      <remedy>建立流向登记制度并如实记录；将公安机关和驻村（社区）民警联系方式张贴于仓库。</remedy>
    </item>

    <item id="hc-joint-04" layer="joint">
      <title>外来装卸、运输、检修单位纳入统一协调管理，承运单位具备危险货物运输资质</title>
      <title xml:lang="en">Outside loading, transport and maintenance contractors coordinated; carriers licensed for dangerous goods</title>
      <guidance>查验承运单位危险货物道路运输许可、车辆和驾驶人员、押运人员资格；查阅与检修、装卸单位的安全生产管理协议和作业现场监护记录。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条</basis>
      <basis>《危险化学品安全管理条例》第四十三条</basis>
      <remedy>选用具备资质的承运单位，签订安全生产管理协议，装卸和检修作业安排专人现场监护。</remedy>
    </item>

    <item id="hc-joint-05" layer="joint">
      <title>与周边企业建立应急互助，储存品种和数量向网格员通报并纳入网格巡查</title>
      <title xml:lang="en">Mutual aid with neighbouring enterprises; stored chemicals known to grid members and patrolled</title>
      <guidance>查阅与周边企业的应急救援协议和可相互调用的物资清单；询问网格员是否掌握本单位储存的主要危险化学品品种、数量和应急联系人。</guidance>
      <basis>《生产安全事故应急条例》第十条</basis>
      <basis>《中华人民共和国安全生产法》第七十五条</basis>
      <remedy>与周边企业签订应急互助协议，向网格员通报储存情况和联系人，情况变化时及时更新。</remedy>
    </item>
  </section>
</checklist>

"""#),
        ("small-premises.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  "三小"场所（小商店、小作坊、小娱乐场所）消防安全检查表 (small-premises)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Main sources: 《中华人民共和国消防法》(2021年修正),
  XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》(原 GA 703—2007),
  《高层民用建筑消防安全管理规定》(应急管理部令第5号, 2021年6月21日公布, 2021年8月1日施行),
  GB 35181—2025《重大火灾隐患判定规则》.

  Edition 2026.2 (the 2026.1 edition is kept as checklists/previous/small-premises-2026.1.xml).
  Changes from 2026.1, and where the texts were read:
  - GB 35181—2025《重大火灾隐患判定规则》(国家市场监督管理总局、国家标准化管理委员会
    2025-04-25发布, 2025-11-01实施) replaces GB 35181—2017《重大火灾隐患判定方法》
    (foreword read at fire114.cn/index/article/detail?i=136605). The 2017 clause 6.2 (read at
    233.com/cfe/zhishiku/1139/202408/21153408935458.html) made 生产、储存、经营易燃易爆危险品的
    场所与人员密集场所、居住场所设置在同一建筑物内 a direct criterion; the 2025 clause text was
    not found, so sp-layout-01 cites the 2025 standard without quoting or numbering a clause.
  - 应急管理部令第5号 applies only to high-rise civil buildings: 第二条 (read at
    guoqi.org/listing/lawsshow_pi.php?id=3632) limits it to 高层民用建筑 (高层住宅建筑 and
    高层公共建筑), defined as 住宅建筑 higher than 27 m and 非单层公共建筑 higher than 24 m
    (830687.com/exam/detail-4426736.html; 《中国应急管理报》新媒体, at xidiancd.com/154.html).
    第三十七条 (read at faluji.com/flgw/falv/119z8z.html and 6cu.com/seoxuetang/2021/0731/133075.html)
    forbids parking and charging e-bikes in the 公共门厅、疏散走道、楼梯间、安全出口 of such
    buildings. sp-ebike-01 and sp-ebike-02 now say so; elsewhere sp-ebike-01 rests on
    《消防法》第二十八条 (text read at yunjianzhu.com/54268.html and in the Ministry's notice
    republished at wxredian.com). No Zhejiang regulation on e-bike parking was found, so none
    is cited.
-->
<checklist xmlns="urn:checkup:checklist:1" id="small-premises" version="2026.2" xml:lang="zh-CN">
  <title>“三小”场所（小商店、小作坊、小娱乐场所）消防安全检查表</title>
  <title xml:lang="en">Fire safety checklist for small shops, small workshops and small entertainment venues</title>
  <description>适用于乡镇（街道）、村（社区）范围内的小商店、小作坊、小娱乐场所和小餐饮等“三小”场所，重点检查住宿与生产储存经营合用（“三合一”）、电动自行车停放充电、安全疏散和初起火灾处置能力。</description>
  <description></description>
  <description xml:lang="en">For small shops, workshops, entertainment venues and eateries in the township.</description>
  <description xml:lang="en">Focus: living quarters combined with work or storage, e-bike parking and charging, escape routes and first-response capability.</description>
  <deadlines general-days="7" major-days="30"/>

  <section id="sp-layout">
    <title>场所设置与住人</title>
    <title xml:lang="en">Layout and living quarters</title>

    <item id="sp-layout-01" layer="physical" weight="3" major="true">
      <title>生产、储存、经营易燃易爆危险品的场所不与居住场所设置在同一建筑物内</title>
      <title xml:lang="en">No living quarters in a building used to make, store or sell flammable or explosive goods</title>
      <guidance>查看场所内是否生产、储存、经营油漆、稀料、酒精、烟花爆竹、液化石油气等易燃易爆危险品。</guidance>
      <guidance>同一建筑物内（含夹层、阁楼、后间）是否有人员住宿。</guidance>
      <basis>《中华人民共和国消防法》第十九条第一款</basis>
      <remedy>立即停止住人或者停止生产、储存、经营易燃易爆危险品，二者只能保留其一，并保持安全距离。</remedy>
      <major-criterion>GB 35181—2025《重大火灾隐患判定规则》（2025年11月1日起实施，代替GB 35181—2017）。原GB 35181—2017第6.2条将“生产、储存、经营易燃易爆危险品的场所与人员密集场所、居住场所设置在同一建筑物内”列为直接判定要素；2025年版的对应条款未经核对，判定时以2025年版正文第5章（直接判定要素）为准。</major-criterion>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-layout-02" layer="physical" weight="3">
      <title>住宿与生产、储存、经营合用场所（“三合一”）的住宿部分与非住宿部分进行防火分隔，并设置独立的疏散设施</title>
      <title xml:lang="en">Living area fire-separated from the work or storage area, with its own escape route</title>
      <guidance>查看住宿部分与非住宿部分之间是否采用不开门窗洞口的实体墙和楼板分隔；住宿人员能否不经过经营、生产、储存区域直接疏散到室外。</guidance>
      <basis>《中华人民共和国消防法》第十九条第二款</basis>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.2条、第4.3条</basis>
      <remedy>按XF 703要求进行防火分隔并设置独立疏散设施；确实无法分隔的，不得在场所内住人。</remedy>
    </item>

    <item id="sp-layout-03" layer="physical" weight="2">
      <title>合用场所不设在甲、乙类火灾危险性建筑、厂房和仓库、地下建筑等禁止设置的建筑内</title>
      <title xml:lang="en">Combined premises not in prohibited buildings (factories, warehouses, basements)</title>
      <guidance>查看场所所在建筑的性质（厂房、仓库、地下室、大型商场等）和火灾危险性；核对是否存在在厂房、仓库内设置住宿的情况。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.1条</basis>
      <remedy>将住宿人员迁出禁止设置合用场所的建筑。</remedy>
    </item>

    <item id="sp-layout-04" layer="physical" weight="1.5">
      <title>门窗不设置影响逃生和灭火救援的障碍物，防盗网设置可从内部开启的逃生口</title>
      <title xml:lang="en">No bars or grilles blocking escape and rescue; security grilles have an escape hatch openable from inside</title>
      <guidance>现场查看住人楼层的窗户、阳台是否安装固定防盗网、广告牌；检查防盗网逃生口能否从内部徒手打开。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <remedy>拆除影响逃生的障碍物，或者在防盗网上设置可从内部开启的逃生口。</remedy>
      <deadline-days>15</deadline-days>
    </item>
  </section>

  <section id="sp-evac">
    <title>安全疏散</title>
    <title xml:lang="en">Escape routes</title>

    <item id="sp-evac-01" layer="physical" weight="2">
      <title>安全出口、疏散通道畅通，不被占用、堵塞、锁闭</title>
      <title xml:lang="en">Exits and escape routes kept clear and unlocked</title>
      <guidance>现场查看安全出口和疏散通道是否堆放货物、停放车辆，营业期间是否锁闭；卷帘门是否为唯一出口。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <remedy>立即清理占用物品，营业和住人期间保持出口可从内部打开。</remedy>
      <deadline-days>1</deadline-days>
    </item>

    <item id="sp-evac-02" layer="physical">
      <title>设置消防应急照明和疏散指示标志，并保持完好</title>
      <title xml:lang="en">Emergency lighting and exit signs installed and working</title>
      <guidance>现场查看应急照明灯和疏散指示标志的设置位置；按下测试按钮或者切断电源，检查能否正常点亮。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（二）项</basis>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.6条</basis>
      <remedy>补设或者更换应急照明灯和疏散指示标志，定期测试。</remedy>
    </item>
  </section>

  <section id="sp-equip">
    <title>消防设施与用电用气</title>
    <title xml:lang="en">Fire protection, electricity and gas</title>

    <item id="sp-equip-01" layer="physical">
      <title>按规定配置灭火器，压力正常、在有效期内、便于取用</title>
      <title xml:lang="en">Fire extinguishers provided, charged, in date and easy to reach</title>
      <guidance>查看灭火器的数量、类型和放置位置；检查压力表指针是否在绿区、是否超过维修或者报废期限。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（二）项</basis>
      <basis>GB 50140—2005《建筑灭火器配置设计规范》</basis>
      <remedy>补配或者更换灭火器，放置在出口附近明显位置，每月检查一次。</remedy>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-equip-02" layer="technical" weight="2">
      <title>住宿和经营部分设置独立式感烟火灾探测报警器（或者火灾自动报警系统），并能正常报警</title>
      <title xml:lang="en">Stand-alone smoke alarms (or a fire alarm system) in living and business areas, sounding when tested</title>
      <guidance>查看住宿房间、楼梯间和经营区域的独立式感烟火灾探测报警器设置情况；逐个按下测试按钮，确认能发出报警声响，检查电池电量。</guidance>
      <guidance>装置已安装但不能正常运行（无电池、被拆下、被遮盖）的，判定为不合格。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.3条、第4.7条</basis>
      <basis>GB 20517—2006《独立式感烟火灾探测报警器》</basis>
      <remedy>在每个住宿房间、楼梯间和经营区域安装独立式感烟火灾探测报警器，定期测试并及时更换电池。</remedy>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-equip-03" layer="technical" weight="2">
      <title>住宿与非住宿部分无法完全分隔的，设置简易喷淋（自动喷水局部应用系统），并保持有效</title>
      <title xml:lang="en">Simple sprinklers (local automatic sprinkler system) where living and working areas cannot be fully separated, kept working</title>
      <guidance>查看经营、生产区域和疏散通道上方的喷头布置；检查供水阀门是否常开、末端试水能否出水、水压是否满足要求。</guidance>
      <guidance>装置已安装但不能正常运行（阀门关闭、无水、喷头被遮挡或者涂覆）的，判定为不合格。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.3条</basis>
      <remedy>安装简易喷淋并保持阀门常开、水源可靠，每季度末端试水一次。</remedy>
    </item>

    <item id="sp-equip-04" layer="technical" weight="2" industries="餐饮">
      <title>使用燃气的餐饮等场所安装可燃气体报警装置，并保障其正常使用</title>
      <title xml:lang="en">Gas alarms in eateries and other premises using gas, kept working</title>
      <guidance>查看厨房和燃气表、钢瓶附近的可燃气体报警装置；按测试按钮或者用测试气样测试报警，检查是否与紧急切断阀联动。</guidance>
      <guidance>检查液化石油气钢瓶是否超量存放、连接软管是否老化。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第四款</basis>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>安装可燃气体报警装置（宜联动紧急切断阀），更换老化软管，液化石油气钢瓶按规定数量存放。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="sp-equip-05" layer="physical" weight="2">
      <title>电气线路穿管保护，不私拉乱接、不超负荷，电器产品规范使用</title>
      <title xml:lang="en">Wiring in conduit, no improvised connections or overloads, appliances used properly</title>
      <guidance>现场查看电线是否穿管或者线槽保护、有无裸露和老化；是否使用多个插线板串接、大功率电器是否使用专用线路；可燃物是否贴近灯具和电热器具。</guidance>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>由持证电工整改线路，拆除私拉乱接，大功率电器使用专用回路。</remedy>
    </item>

    <item id="sp-equip-06" layer="technical">
      <title>配电回路设置剩余电流保护，鼓励安装电气火灾监控（智慧用电）装置并保持在线</title>
      <title xml:lang="en">Residual-current protection on circuits; electrical fire monitoring (smart power) devices online where fitted</title>
      <guidance>按下剩余电流动作保护器试验按钮，确认能跳闸；已安装电气火灾监控（智慧用电）装置的，查看是否在线、告警是否有人处置。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>更换失效的剩余电流动作保护器；恢复监控装置在线，明确告警接收人。</remedy>
    </item>
  </section>

  <section id="sp-ebike">
    <title>电动自行车停放充电</title>
    <title xml:lang="en">E-bike parking and charging</title>

    <item id="sp-ebike-01" layer="physical" weight="3">
      <title>电动自行车不在室内、门厅、疏散通道、楼梯间、安全出口停放或者充电</title>
      <title xml:lang="en">No e-bikes parked or charged indoors, in lobbies, escape routes, stairways or exits</title>
      <guidance>现场查看场所内、门厅、楼梯间、疏散通道和住人区域是否停放电动自行车，是否有“飞线”充电或者将电池带入室内充电。</guidance>
      <guidance>依据的适用范围：占用、堵塞疏散通道、安全出口的，依《消防法》第二十八条判定，适用于所有场所。《高层民用建筑消防安全管理规定》第三十七条只适用于高层民用建筑（建筑高度大于27米的住宅建筑、建筑高度大于24米的非单层公共建筑）的公共门厅、疏散走道、楼梯间、安全出口；场所不在高层民用建筑内的，不引用该条。本地另有电动自行车停放充电规定的，一并适用。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <basis>《高层民用建筑消防安全管理规定》（应急管理部令第5号）第三十七条（仅限高层民用建筑）</basis>
      <remedy>立即将电动自行车移出，改在室外集中停放充电场所停放和充电。</remedy>
      <deadline-days>1</deadline-days>
    </item>

    <item id="sp-ebike-02" layer="technical" weight="1.5">
      <title>集中充电设施具备充满自动断电、过载保护功能，充电区域有视频监控或者火灾探测报警</title>
      <title xml:lang="en">Shared chargers cut off when full and on overload; charging area watched by video or fire detection</title>
      <guidance>查看场所或者所在村（社区）的集中充电设施，核对充满自停、定时断电、过载保护功能；查看充电区域视频监控或者烟感报警是否正常。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <guidance>《高层民用建筑消防安全管理规定》第三十七条（存放、充电场所配备必要的消防器材，充电设施具备充满自动断电功能）只适用于高层民用建筑（建筑高度大于27米的住宅建筑、建筑高度大于24米的非单层公共建筑）；场所不在高层民用建筑内的，本项作为推荐做法检查，不合格时按一般隐患提出整改建议。</guidance>
      <basis>《高层民用建筑消防安全管理规定》（应急管理部令第5号）第三十七条（仅限高层民用建筑）</basis>
      <remedy>更换为具备充满自动断电和过载保护功能的充电设施，补设视频监控或者火灾探测报警，并配备灭火器材。</remedy>
    </item>
  </section>

  <section id="sp-mgmt">
    <title>人员与日常管理</title>
    <title xml:lang="en">People and daily routine</title>

    <item id="sp-mgmt-01" layer="human">
      <title>经营者和从业人员懂本场所火灾危险性，会报警、会使用灭火器、会组织逃生自救</title>
      <title xml:lang="en">Owner and staff know the fire risks and can raise the alarm, use an extinguisher and lead escape</title>
      <guidance>现场抽问1至2名人员：本场所主要火灾危险、报警电话和报警要点、灭火器使用方法、疏散路线；请其演示灭火器操作。</guidance>
      <basis>《中华人民共和国消防法》第六条第二款</basis>
      <remedy>组织消防安全培训，邀请村（社区）消防安全管理人或者志愿消防队现场教学。</remedy>
    </item>

    <item id="sp-mgmt-02" layer="human">
      <title>每日营业结束前开展防火巡查，关闭非必要电源、熄灭火源</title>
      <title xml:lang="en">Daily closing fire round: non-essential power off, open flames out</title>
      <guidance>查阅防火巡查记录；询问经营者每日闭店前检查的内容。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（五）项</basis>
      <remedy>建立每日防火巡查制度并张贴检查要点，如实记录。</remedy>
    </item>

    <item id="sp-mgmt-03" layer="human">
      <title>不违规使用明火，不在场所内违规储存易燃易爆物品</title>
      <title xml:lang="en">No unsafe open flames and no improper storage of flammable goods</title>
      <guidance>查看场所内是否使用明火取暖、照明、祭祀，是否存放汽油、稀料、酒精等易燃物品，是否超量存放液化石油气钢瓶。</guidance>
      <basis>《中华人民共和国消防法》第二十一条、第二十三条</basis>
      <remedy>停止违规使用明火，清出易燃易爆物品。</remedy>
      <deadline-days>3</deadline-days>
    </item>
  </section>

  <section id="sp-joint">
    <title>联防联动</title>
    <title xml:lang="en">Joint defence</title>

    <item id="sp-joint-01" layer="joint" weight="2">
      <title>纳入村（社区）网格巡查，经营者知晓网格员、驻村（社区）民警和辅警联系方式，隐患能及时报告</title>
      <title xml:lang="en">Premises on the grid patrol round; owner knows grid member and village police contacts and reports hazards</title>
      <guidance>核对场所是否列入所在网格的“三小”场所台账和巡查记录；询问经营者网格员、驻村（社区）民警或者辅警的联系方式和报告方式。</guidance>
      <basis>《中华人民共和国消防法》第三十二条、第五十三条</basis>
      <remedy>将场所纳入网格台账和巡查计划，在场所内公示网格员和驻村（社区）民警、辅警联系方式。</remedy>
    </item>

    <item id="sp-joint-02" layer="joint">
      <title>同一建筑由多个经营户或者房东与租户共同管理使用的，明确各方消防安全责任并统一管理共用部位</title>
      <title xml:lang="en">Shared buildings: fire duties of landlord and tenants agreed, shared parts managed jointly</title>
      <guidance>查阅租赁合同或者消防安全责任书中各方消防安全责任的约定；查看共用疏散通道、楼梯间、消防设施是否有明确的管理责任人。</guidance>
      <basis>《中华人民共和国消防法》第十八条第一款</basis>
      <remedy>由出租人与承租人、各经营户签订消防安全责任书，确定共用部位的统一管理责任人。</remedy>
    </item>

    <item id="sp-joint-03" layer="joint">
      <title>参加村（社区）志愿消防队、微型消防站或者周边商户“联户联防”</title>
      <title xml:lang="en">Part of the village volunteer fire team, mini fire station or neighbouring shops' mutual watch</title>
      <guidance>查看场所是否加入所在村（社区）或者街区的联防组织，是否配备联防报警器或者加入联防群；询问近一年是否参加联合演练。</guidance>
      <basis>《中华人民共和国消防法》第四十一条</basis>
      <remedy>组织相邻商户建立联户联防，加入村（社区）志愿消防队或者微型消防站的联勤联动。</remedy>
    </item>

    <item id="sp-joint-04" layer="joint">
      <title>制定灭火和应急疏散预案，并与村（社区）、周边商户开展针对性演练</title>
      <title xml:lang="en">Fire and evacuation plan in place and drilled with the village and neighbouring shops</title>
      <guidance>查阅简易灭火和应急疏散预案（可为一页式处置卡）；查阅近一年与村（社区）或者周边商户的演练记录。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（一）项、第（六）项</basis>
      <remedy>制定一页式灭火和应急疏散处置卡，每年至少与村（社区）或者周边商户演练一次。</remedy>
    </item>
  </section>
</checklist>

"""#),
        ("previous/gm-general-2026.1.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  工贸企业安全生产通用检查表 (gm-general)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Major-hazard items cite 《工贸企业重大事故隐患判定标准》(应急管理部令第10号,
  2023年5月15日施行): 第三条 general criteria, 第四条 to 第十条 industry
  criteria, 第十一条 to 第十三条 special criteria (dust, ammonia, confined
  spaces).
-->
<checklist xmlns="urn:checkup:checklist:1" id="gm-general" version="2026.1" xml:lang="zh-CN">
  <title>工贸企业安全生产通用检查表</title>
  <title xml:lang="en">General safety checklist for industrial and trade enterprises</title>
  <description>适用于乡镇（街道）安全生产体检站对冶金、有色、建材、机械、轻工、纺织、烟草、商贸等工贸企业的上门体检。</description>
  <description>重大事故隐患依照《工贸企业重大事故隐患判定标准》（应急管理部令第10号）判定；涉及危险化学品、消防（火灾）、燃气、特种设备的重大事故隐患，依照其专门规定判定。</description>
  <description xml:lang="en">For township checkup stations visiting industrial and trade enterprises.</description>
  <description xml:lang="en">Major hazards are judged by the Ministry of Emergency Management's criteria for major accident hazards in industrial and trade enterprises (MEM Order No. 10, 2023).</description>
  <scoring>
    <layer ref="physical" weight="1"/>
    <layer ref="technical" weight="1"/>
    <layer ref="joint" weight="1"/>
  </scoring>
  <deadlines general-days="15" major-days="60"/>

  <profile id="no-dust">
    <title>不涉及粉尘爆炸危险作业</title>
    <title xml:lang="en">No combustible dust operations</title>
    <exclude ref="dust"/>
  </profile>
  <profile id="no-ammonia">
    <title>不使用液氨制冷</title>
    <title xml:lang="en">No ammonia refrigeration</title>
    <exclude ref="ammonia"/>
  </profile>

  <section id="mgmt">
    <title>安全管理</title>
    <title xml:lang="en">Safety management</title>

    <item id="mgmt-01" layer="human" weight="2">
      <title>建立健全并落实全员安全生产责任制</title>
      <title xml:lang="en">Company-wide safety responsibility system established and enforced</title>
      <guidance>查阅全员安全生产责任制文件、岗位责任清单和考核记录；随机询问2至3名一线从业人员本岗位的安全职责。</guidance>
      <basis>《中华人民共和国安全生产法》第四条、第二十二条</basis>
      <remedy>按岗位明确责任人员、责任范围和考核标准，经主要负责人签发后公示，并每年开展考核。</remedy>
    </item>

    <item id="mgmt-02" layer="human">
      <title>主要负责人、安全生产管理人员具备与本单位生产经营活动相应的安全生产知识和管理能力</title>
      <title xml:lang="en">Principal and safety managers have the required safety knowledge and management competence</title>
      <guidance>查阅主要负责人、安全生产管理人员的安全培训记录和证明；现场提问本单位主要安全风险和应急处置要点。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第一款</basis>
      <remedy>限期参加安全生产知识和管理能力培训；按规定设置安全生产管理机构或者配备安全生产管理人员。</remedy>
    </item>

    <item id="mgmt-03" layer="human" weight="3" major="true" industries="冶金 有色">
      <title>金属冶炼企业主要负责人、安全生产管理人员经考核合格</title>
      <title xml:lang="en">Principal and safety managers of metal smelting enterprises certified</title>
      <guidance>查验主要负责人、安全生产管理人员由主管部门考核合格的证明，核对姓名、任职岗位和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第二款</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（三）项</basis>
      <remedy>限期组织考核，未考核合格前不得任职，由考核合格人员履行相应职责。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（三）项</major-criterion>
      <deadline-days>30</deadline-days>
    </item>

    <item id="mgmt-04" layer="human">
      <title>从业人员经安全生产教育和培训合格后上岗</title>
      <title xml:lang="en">Workers trained and tested in safety before starting work</title>
      <guidance>查阅年度培训计划、培训档案和考核记录；抽查新入职、转岗人员的三级安全教育记录，被派遣劳动者、实习学生一并核查。</guidance>
      <basis>《中华人民共和国安全生产法》第二十八条</basis>
      <remedy>补齐培训并建立一人一档；未经安全生产教育和培训合格的从业人员不得上岗作业。</remedy>
    </item>

    <item id="mgmt-05" layer="human" weight="1.5">
      <title>建立安全风险分级管控和隐患排查治理双重预防机制</title>
      <title xml:lang="en">Risk grading and hazard identification and rectification (dual prevention) in place</title>
      <guidance>查阅风险辨识清单、分级管控措施、隐患排查记录和整改台账；抽查1至2项已整改隐患的整改、验收、销号闭环情况。</guidance>
      <basis>《中华人民共和国安全生产法》第四十一条</basis>
      <remedy>组织全面风险辨识，建立风险清单和隐患排查治理台账，如实记录并向从业人员通报；重大事故隐患及时报告。</remedy>
    </item>
  </section>

  <section id="contractors">
    <title>承包承租与交叉作业</title>
    <title xml:lang="en">Contractors, tenants and shared work areas</title>

    <item id="contractors-01" layer="joint" weight="3" major="true">
      <title>对承包单位、承租单位的安全生产工作统一协调、管理，并定期进行安全检查</title>
      <title xml:lang="en">Contractors and tenants coordinated and managed, with regular safety inspections</title>
      <guidance>查阅发包、出租清单，专门的安全生产管理协议或者合同中的安全生产管理职责条款，以及对承包、承租单位的定期安全检查记录。</guidance>
      <guidance>到承包、承租单位作业现场核实。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条第二款</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（一）项</basis>
      <remedy>与每一家承包、承租单位签订专门的安全生产管理协议，明确各自职责；将其纳入本单位安全管理，定期开展联合安全检查并留存记录。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（一）项</major-criterion>
    </item>

    <item id="contractors-02" layer="joint">
      <title>不将生产经营项目、场所、设备发包或者出租给不具备安全生产条件或者相应资质的单位或者个人</title>
      <title xml:lang="en">Work, premises and equipment not contracted or leased to unqualified parties</title>
      <guidance>查验承包、承租单位的营业执照、资质证书和安全生产条件；核对厂房、场地出租情况与实际使用情况是否一致，防止层层转租。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条第一款</basis>
      <remedy>对不具备条件的承包、承租单位限期整改或者终止合同；建立承包、承租单位名录并动态更新。</remedy>
    </item>

    <item id="contractors-03" layer="joint">
      <title>同一作业区域内多家单位作业的，签订安全生产管理协议并指定专职人员检查协调</title>
      <title xml:lang="en">Safety agreement and a named coordinator where several employers share a work area</title>
      <guidance>查看同一厂区、同一作业区域内是否有多家单位作业（如多家承租户共用厂房、外来施工队检修）。</guidance>
      <guidance>查阅相互之间的安全生产管理协议和检查协调记录。</guidance>
      <basis>《中华人民共和国安全生产法》第四十八条</basis>
      <remedy>签订安全生产管理协议，明确各方职责和应当采取的安全措施，指定专职安全生产管理人员进行安全检查与协调。</remedy>
    </item>
  </section>

  <section id="special-ops">
    <title>特种作业与有限空间作业</title>
    <title xml:lang="en">Special operations and confined spaces</title>

    <item id="special-ops-01" layer="human" weight="3" major="true">
      <title>特种作业人员经专门的安全作业培训并取得相应资格后上岗</title>
      <title xml:lang="en">Special-operation workers trained and certified</title>
      <guidance>对照特种作业岗位清单（电工、焊接与热切割、高处作业、制冷与空调作业等），现场查验作业人员的特种作业操作证。</guidance>
      <guidance>通过应急管理部门公布的查询渠道核验操作证真伪和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第三十条</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项</basis>
      <remedy>立即停止无证人员从事特种作业，安排培训取证；取证前由持证人员作业。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第三条第（二）项</major-criterion>
    </item>

    <item id="special-ops-02" layer="physical" weight="2" major="true">
      <title>对有限空间进行辨识、建立安全管理台账，并设置明显的安全警示标志</title>
      <title xml:lang="en">Confined spaces identified, registered and marked with warning signs</title>
      <guidance>查阅有限空间辨识清单和管理台账；现场核对污水池、化粪池、地坑、窨井、储罐、反应釜等有限空间出入口是否设置明显的安全警示标志和告知牌。</guidance>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（一）项</basis>
      <remedy>全面辨识有限空间并建立台账，在每个有限空间出入口设置安全警示标志和告知牌，非作业时封闭或者加锁。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（一）项（存在硫化氢、一氧化碳等中毒风险的有限空间）</major-criterion>
    </item>

    <item id="special-ops-03" layer="human" weight="3" major="true">
      <title>有限空间作业落实作业审批，执行“先通风、再检测、后作业”，并设置专人监护</title>
      <title xml:lang="en">Confined-space entry permitted, ventilated and tested first, with a dedicated attendant</title>
      <guidance>查阅近期有限空间作业审批单、气体检测记录和监护记录；询问作业负责人、监护人员作业程序和应急处置措施，确认其清楚严禁盲目施救。</guidance>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（二）项</basis>
      <remedy>严格执行作业审批；作业前通风、检测合格后方可进入，作业全程设置专人监护；组织有限空间专项培训和救援演练。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十三条第（二）项</major-criterion>
    </item>

    <item id="special-ops-04" layer="technical" weight="1.5">
      <title>有限空间作业配备气体检测报警仪、机械通风设备和应急救援装备，并能正常使用</title>
      <title xml:lang="en">Gas detectors, forced ventilation and rescue equipment for confined spaces available and working</title>
      <guidance>现场查看气体检测报警仪（检定或者校准在有效期内）、机械通风设备、呼吸防护用品、全身式安全带和安全绳。</guidance>
      <guidance>开机检查检测报警仪能否正常检测和报警。</guidance>
      <guidance>装置已安装（配备）但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <basis>《工贸企业有限空间作业安全规定》（应急管理部令第13号）</basis>
      <remedy>配齐气体检测报警仪、通风和救援装备，定期检定、校准和维护保养；损坏、失效的立即更换。</remedy>
    </item>
  </section>

  <section id="dust">
    <title>粉尘防爆</title>
    <title xml:lang="en">Combustible dust explosion prevention</title>

    <item id="dust-01" layer="physical" weight="2" major="true">
      <title>粉尘爆炸危险场所不设在非框架结构的多层建（构）筑物内，场所内不设员工宿舍、会议室、办公室、休息室等人员聚集场所</title>
      <title xml:lang="en">Dust explosion areas not in non-framed multi-storey buildings and free of dormitories, meeting rooms, offices and rest rooms</title>
      <guidance>现场查看粉尘爆炸危险场所所在建（构）筑物的结构形式和楼层，以及场所内是否设有宿舍、会议室、办公室、休息室。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（一）项</basis>
      <basis>GB 15577—2018《粉尘防爆安全规程》</basis>
      <remedy>将人员聚集场所迁出粉尘爆炸危险场所；设在非框架结构多层建（构）筑物内的粉尘爆炸危险作业停止并搬迁。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（一）项</major-criterion>
    </item>

    <item id="dust-02" layer="physical" major="true">
      <title>除尘系统按粉尘类别、建（构）筑物和防火分区分别设置，不共用、不互联互通</title>
      <title xml:lang="en">Separate dust collection systems per dust type, building and fire compartment, not interconnected</title>
      <guidance>对照除尘系统图核对各系统服务范围；现场沿风管走向查看是否跨建（构）筑物、跨防火分区，或者连接不同类别可燃性粉尘、可燃气体的产生点。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（二）项</basis>
      <remedy>按粉尘类别和建（构）筑物、防火分区拆分除尘系统，封堵互联互通的管道。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（二）项</major-criterion>
    </item>

    <item id="dust-03" layer="physical" weight="2" major="true">
      <title>干式除尘系统采取泄爆、惰化、抑爆等爆炸防控措施</title>
      <title xml:lang="en">Dry dust collectors protected by venting, inerting or suppression</title>
      <guidance>查看干式除尘器泄爆片（门）的设置和泄爆方向是否朝向安全区域，或者惰化、抑爆装置的设置和维护记录。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项</basis>
      <basis>GB 15577—2018《粉尘防爆安全规程》</basis>
      <remedy>加装泄爆、惰化或者抑爆装置，泄爆口导向室外安全区域，并纳入日常点检。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（三）项</major-criterion>
    </item>

    <item id="dust-04" layer="technical" weight="2" major="true" industries="机械 有色 轻工">
      <title>易产生点燃源的部位设置杂物去除和火花探测消除装置，并能正常运行</title>
      <title xml:lang="en">Tramp-metal removal and spark detection and extinguishing installed and working</title>
      <guidance>现场查看粉碎、研磨、造粒等设备前的除铁、除石装置。</guidance>
      <guidance>查看正压吹送粉尘的除尘系统、木制品加工砂光机连接风管上的火花探测消除装置，检查控制器状态并在保证安全的前提下进行功能测试。</guidance>
      <guidance>核实铝镁等金属粉尘除尘系统未采用正压除尘方式。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（四）项、第（八）项</basis>
      <remedy>加装或者修复火花探测消除装置和除铁、除石装置，纳入日常点检；铝镁等金属粉尘除尘系统改为负压除尘。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（四）项、第（八）项</major-criterion>
    </item>

    <item id="dust-05" layer="physical" major="true" industries="机械 有色 轻工">
      <title>铝镁等金属粉尘、木质粉尘的干式除尘系统设置锁气卸灰装置</title>
      <title xml:lang="en">Airlock discharge valves on dry collectors for aluminium, magnesium and wood dust</title>
      <guidance>现场查看除尘器灰斗下部是否设置旋转锁气卸灰阀等锁气卸灰装置，卸灰时是否仍有粉尘外泄。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（六）项</basis>
      <remedy>加装锁气卸灰装置，规范卸灰操作并及时清运。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（六）项</major-criterion>
    </item>

    <item id="dust-06" layer="physical" weight="2" major="true">
      <title>除尘器、收尘仓等20区粉尘爆炸危险场所的电气设备符合防爆要求</title>
      <title xml:lang="en">Electrical equipment in zone 20 areas (collectors, dust bins) explosion-protected</title>
      <guidance>查看除尘器、收尘仓等20区内电机、照明、开关、仪表等电气设备的防爆标志和防爆合格证，检查电缆引入口密封情况。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（七）项</basis>
      <remedy>更换为符合20区要求的防爆电气设备，由具备资质的单位安装并验收。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（七）项</major-criterion>
    </item>

    <item id="dust-07" layer="human" weight="2" major="true">
      <title>落实粉尘清理制度，作业现场无严重积尘</title>
      <title xml:lang="en">Dust cleaning routine followed, no heavy dust deposits</title>
      <guidance>查阅粉尘清理制度和清扫记录；现场查看设备表面、梁柱、地面、管道等处积尘情况，确认采用不产生扬尘的方式清扫。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（十）项</basis>
      <remedy>立即清除积尘，制定并落实按班次清扫制度；禁止使用压缩空气吹扫积尘。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十一条第（十）项</major-criterion>
      <deadline-days>3</deadline-days>
    </item>
  </section>

  <section id="ammonia">
    <title>涉氨制冷</title>
    <title xml:lang="en">Ammonia refrigeration</title>

    <item id="ammonia-01" layer="physical" weight="3" major="true">
      <title>包装、分割、产品整理场所的空调系统不采用氨直接蒸发制冷</title>
      <title xml:lang="en">No direct ammonia evaporation in air conditioning of packing, cutting and sorting rooms</title>
      <guidance>查看包装间、分割间、产品整理间空调系统的制冷方式和管道走向，确认无氨直接蒸发式冷风机、无氨管道进入上述场所。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（一）项</basis>
      <remedy>改造为间接制冷（载冷剂）或者采用其他制冷剂；改造完成前停止在上述场所使用氨直接蒸发制冷。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（一）项</major-criterion>
    </item>

    <item id="ammonia-02" layer="physical" weight="3" major="true">
      <title>快速冻结装置设置在单独的作业间内，作业间内作业人员不超过9人</title>
      <title xml:lang="en">Quick freezers in a separate room with no more than 9 workers inside</title>
      <guidance>现场查看速冻装置所在作业间的分隔情况；清点当班作业间内作业人数，查阅排班表。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（二）项</basis>
      <remedy>将快速冻结装置用实体墙与其他区域分隔为单独作业间，调整排班使作业间内人数不超过9人。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第十二条第（二）项</major-criterion>
    </item>

    <item id="ammonia-03" layer="technical" weight="2">
      <title>氨制冷机房和使用氨的场所设置氨气浓度检测报警装置，并与事故排风机联锁</title>
      <title xml:lang="en">Ammonia gas detectors installed and interlocked with emergency exhaust fans</title>
      <guidance>查看氨制冷机房、设备间、速冻间等处氨气浓度探测器的设置和标定记录。</guidance>
      <guidance>用标准气样或者模拟信号测试，确认报警后事故排风机自动启动，报警信号传至有人值守的值班室。</guidance>
      <guidance>装置已安装但不能正常运行，或者联锁被解除、旁路的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <basis>GB 50072—2021《冷库设计标准》</basis>
      <remedy>补设或者修复氨气浓度检测报警装置，恢复与事故排风机的联锁，定期标定并保存记录。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="ammonia-04" layer="joint" weight="1.5">
      <title>氨泄漏应急预案明确周边单位和村（社区）的告知与疏散，并与乡镇（街道）联合演练</title>
      <title xml:lang="en">Ammonia leak plan covers warning and evacuation of neighbours, drilled with the township</title>
      <guidance>查阅氨泄漏专项应急预案或者现场处置方案，核对是否明确下风向周边企业、村（社区）的告知方式和疏散路线。</guidance>
      <guidance>查阅与乡镇（街道）、周边企业的联合演练记录。</guidance>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急条例》第五条</basis>
      <remedy>修订预案，补充周边告知和疏散联动内容并向乡镇（街道）报备，每年至少与乡镇（街道）、周边企业联合演练一次。</remedy>
    </item>
  </section>

  <section id="equipment">
    <title>设备设施与作业场所</title>
    <title xml:lang="en">Equipment, facilities and workplaces</title>

    <item id="equipment-01" layer="physical" weight="3" major="true" industries="冶金 机械">
      <title>会议室、活动室、休息室、更衣室、交接班室等人员聚集场所不设在熔融金属吊运跨或者浇注跨的地坪区域内</title>
      <title xml:lang="en">Meeting, rest, changing and shift-handover rooms not on the floor area of molten-metal crane bays or pouring bays</title>
      <guidance>对照厂房平面图，现场查看会议室、活动室、休息室、操作室、交接班室、更衣室（含澡堂）等场所的位置，与熔融金属吊运跨、浇注跨的地坪区域对照。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第四条第（一）项（冶金企业）、第七条第（一）项（机械企业）</basis>
      <remedy>将人员聚集场所迁出熔融金属吊运跨、浇注跨的地坪区域；迁出前停止在上述场所聚集人员。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第四条第（一）项、第七条第（一）项</major-criterion>
    </item>

    <item id="equipment-02" layer="physical">
      <title>机械设备外露的传动、转动部位设置防护罩（网），防护装置完好</title>
      <title xml:lang="en">Guards on exposed transmissions and rotating parts, in good condition</title>
      <guidance>现场抽查皮带轮、链轮、齿轮、联轴器、转轴等外露运动部位的防护罩（网）是否齐全、牢固，是否存在拆除后未恢复的情况。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第一款</basis>
      <basis>GB/T 8196—2018《机械安全 防护装置 固定式和活动式防护装置的设计与制造一般要求》</basis>
      <remedy>补齐、修复防护罩（网），检修后及时恢复防护装置。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="equipment-03" layer="physical" weight="2">
      <title>特种设备办理使用登记，并在定期检验有效期内使用</title>
      <title xml:lang="en">Special equipment registered and within its periodic inspection validity</title>
      <guidance>查阅锅炉、压力容器、电梯、起重机械、场（厂）内专用机动车辆等特种设备台账、使用登记证和定期检验报告；现场核对检验合格标志。</guidance>
      <basis>《中华人民共和国特种设备安全法》第三十三条、第四十条</basis>
      <remedy>未登记或者超期未检的特种设备立即停用，办理使用登记、申请检验，合格后方可继续使用。</remedy>
    </item>

    <item id="equipment-04" layer="physical">
      <title>有较大危险因素的场所和设施设备设置明显的安全警示标志</title>
      <title xml:lang="en">Clear safety warning signs at places and equipment with significant hazards</title>
      <guidance>现场查看配电房、有限空间、高温熔融、高处、起重作业区域及危险设备上的安全警示标志是否齐全、醒目、与风险相符。</guidance>
      <basis>《中华人民共和国安全生产法》第三十五条</basis>
      <remedy>按GB 2894《安全标志及其使用导则》补设安全警示标志，并定期检查维护。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="equipment-05" layer="physical" weight="2">
      <title>生产经营场所与员工宿舍分开设置，疏散通道、安全出口畅通</title>
      <title xml:lang="en">Workplaces separated from dormitories, escape routes and exits kept clear</title>
      <guidance>查看车间、仓库与员工宿舍是否在同一座建筑物内；检查疏散通道、安全出口是否被占用、锁闭、封堵，标志是否明显。</guidance>
      <basis>《中华人民共和国安全生产法》第四十二条</basis>
      <remedy>立即清理占用、打开锁闭的疏散通道和安全出口；员工宿舍迁出生产、储存场所所在建筑物。</remedy>
    </item>

    <item id="equipment-06" layer="physical">
      <title>配电设施规范，设置剩余电流保护，无私拉乱接</title>
      <title xml:lang="en">Electrical distribution in order, residual-current protection fitted, no improvised wiring</title>
      <guidance>查看配电箱（柜）门锁、接地和剩余电流动作保护器，按试验按钮测试是否动作；检查车间内是否存在私拉乱接、电线裸露或者老化破损。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第一款</basis>
      <basis>GB/T 13869—2017《用电安全导则》</basis>
      <remedy>由持证电工整改线路，补设剩余电流动作保护器，建立配电设施定期检查记录。</remedy>
    </item>
  </section>

  <section id="monitoring">
    <title>监测预警与安全联锁</title>
    <title xml:lang="en">Monitoring, alarms and interlocks</title>

    <item id="monitoring-01" layer="technical" weight="2" major="true" industries="机械">
      <title>使用非水性漆的调漆间、喷漆室设置固定式可燃气体浓度监测报警装置和通风设施</title>
      <title xml:lang="en">Fixed flammable gas detection and ventilation in paint mixing rooms and spray booths using solvent paint</title>
      <guidance>现场查看调漆间、喷漆室的可燃气体探测器和通风设施，查看报警控制器状态，用标准气样测试报警功能，查阅标定记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（七）项</basis>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>设置固定式可燃气体浓度监测报警装置和通风设施，报警信号引至有人值守场所，定期标定。</remedy>
      <major-criterion>《工贸企业重大事故隐患判定标准》（应急管理部令第10号）第七条第（七）项</major-criterion>
    </item>

    <item id="monitoring-02" layer="technical" weight="2" industries="机械 建材 轻工">
      <title>使用天然气等燃气的加热炉、窑炉设置燃气泄漏报警装置，燃烧系统设置熄火保护和快速切断阀</title>
      <title xml:lang="en">Gas leak alarms, flame-failure protection and fast shut-off valves on gas-fired furnaces and kilns</title>
      <guidance>现场查看燃烧器操作部位的可燃气体泄漏报警装置、熄火保护装置和快速切断阀。</guidance>
      <guidance>查阅维护和测试记录，在保证安全的前提下模拟报警，确认切断阀动作。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>补设或者修复报警和切断装置，定期测试并记录；装置恢复正常前停止使用相应燃烧设备。</remedy>
    </item>

    <item id="monitoring-03" layer="technical" industries="机械">
      <title>冲压、剪切、注塑等危险设备的安全联锁、光电保护或者双手操作装置有效</title>
      <title xml:lang="en">Interlocks, light curtains or two-hand controls on presses, shears and moulding machines work</title>
      <guidance>现场查看冲床、剪板机、注塑机等设备的光电保护、双手操作和安全门联锁装置；空载测试遮挡光幕或者打开安全门时设备能否立即停止。</guidance>
      <guidance>装置已安装但不能正常运行，或者被短接、拆除的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>立即停用该设备，修复或者加装安全保护装置并经测试有效后方可使用；对短接、拆除保护装置的行为追究责任。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="monitoring-04" layer="technical">
      <title>重点部位设置视频监控，图像清晰、录像按规定保存，监控和报警数据不被关闭或者篡改</title>
      <title xml:lang="en">Video surveillance of key areas, clear and recorded; monitoring and alarm data not switched off or altered</title>
      <guidance>查看危险作业区、仓库、配电房、出入口等重点部位的视频监控覆盖和图像质量，回放核查录像保存时长。</guidance>
      <guidance>核查监控、报警设备是否有关闭、屏蔽或者数据被删除的情况。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条</basis>
      <remedy>修复或者补设视频监控，明确录像保存时长（建议不少于30日）和专人管理；恢复被关闭的监控、报警设备。</remedy>
    </item>
  </section>

  <section id="emergency">
    <title>应急管理与联防联动</title>
    <title xml:lang="en">Emergency preparedness and joint defence</title>

    <item id="emergency-01" layer="joint" weight="2">
      <title>生产安全事故应急预案与乡镇（街道）应急预案相衔接，并定期组织演练</title>
      <title xml:lang="en">Emergency plan linked to the township plan and drilled regularly</title>
      <guidance>查阅应急预案，核对其中的报告对象、联络方式、集合点和疏散路线与乡镇（街道）预案是否一致；查阅演练计划、演练记录和评估总结。</guidance>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急预案管理办法》第三十三条</basis>
      <remedy>修订预案并报乡镇（街道）；每年至少组织一次综合或者专项应急预案演练，每半年至少组织一次现场处置方案演练，邀请网格员参加。</remedy>
    </item>

    <item id="emergency-02" layer="joint" weight="1.5">
      <title>明确网格员、驻村（社区）民警和辅警等报告渠道，隐患和险情能及时报告</title>
      <title xml:lang="en">Reporting channels to grid members and village police known and used</title>
      <guidance>询问企业负责人、安全管理人员是否知道所在网格的网格员、驻村（社区）民警或者辅警及其联系方式。</guidance>
      <guidance>查看企业内公示的报告渠道；查阅近一年隐患和险情的报告、通报记录。</guidance>
      <basis>《中华人民共和国安全生产法》第七十四条、第七十五条</basis>
      <remedy>在显著位置公示网格员、驻村（社区）民警和辅警、乡镇（街道）应急管理机构及体检站的联系方式，建立双向信息通报机制。</remedy>
    </item>

    <item id="emergency-03" layer="joint">
      <title>与周边企业建立应急互助机制，签订应急救援协议或者指定兼职应急救援人员</title>
      <title xml:lang="en">Mutual aid with neighbouring enterprises: rescue agreement or part-time rescuers</title>
      <guidance>查阅与邻近企业或者应急救援队伍签订的应急救援协议、联系人清单和可相互调用的应急物资清单；询问近一年是否开展联合演练。</guidance>
      <basis>《生产安全事故应急条例》第十条</basis>
      <remedy>指定兼职应急救援人员，与周边企业或者邻近应急救援队伍签订应急救援协议，共享物资清单和联系人，每年开展一次联合演练。</remedy>
    </item>

    <item id="emergency-04" layer="physical">
      <title>配备与风险相适应的应急救援器材、设备和物资，并经常性维护保养</title>
      <title xml:lang="en">Emergency equipment and supplies matched to the risks and maintained</title>
      <guidance>对照应急预案核查应急物资清单，现场查看灭火器材、空气呼吸器、急救箱、堵漏和收集器材的数量、有效期和存放位置。</guidance>
      <basis>《生产安全事故应急条例》第十三条</basis>
      <remedy>补齐应急救援器材、设备和物资，建立台账，明确专人维护保养并定期检查。</remedy>
    </item>
  </section>
</checklist>

"""#),
        ("previous/hazchem-2026.1.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  危险化学品使用和储存安全检查表 (hazchem)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Main sources: 《危险化学品安全管理条例》(国务院令第591号, 2013年修订),
  《危险化学品重大危险源监督管理暂行规定》, 《化工和危险化学品生产经营单位
  重大生产安全事故隐患判定标准（试行）》(安监总管三〔2017〕121号),
  GB 15603—2022, GB/T 50493—2019, GB 18218—2018.
-->
<checklist xmlns="urn:checkup:checklist:1" id="hazchem" version="2026.1" xml:lang="zh-CN">
  <title>危险化学品使用和储存安全检查表</title>
  <title xml:lang="en">Safety checklist for the use and storage of hazardous chemicals</title>
  <description>适用于乡镇（街道）范围内使用、储存危险化学品的工贸企业和危险化学品经营（带储存）单位。</description>
  <description>标注为重大事故隐患的项目，仅对判定标准适用范围内的单位按重大事故隐患处理，其他单位按一般隐患从严整改。</description>
  <description xml:lang="en">For enterprises in the township that use or store hazardous chemicals.</description>
  <description xml:lang="en">Items marked major are major hazards only for units within the scope of the cited criteria; other units rectify them as general hazards.</description>
  <deadlines general-days="15" major-days="60"/>

  <section id="hc-mgmt">
    <title>安全管理与人员</title>
    <title xml:lang="en">Management and people</title>

    <item id="hc-mgmt-01" layer="human" weight="3" major="true">
      <title>危险化学品经营、储存单位主要负责人和安全生产管理人员经考核合格</title>
      <title xml:lang="en">Principal and safety managers of hazardous chemical trading and storage units certified</title>
      <guidance>查验主要负责人、安全生产管理人员安全生产知识和管理能力考核合格证明，核对姓名、岗位和有效期。</guidance>
      <basis>《中华人民共和国安全生产法》第二十七条第二款</basis>
      <remedy>限期参加考核；考核合格前不得任职，由考核合格人员履行相应职责。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第一项</major-criterion>
      <deadline-days>30</deadline-days>
    </item>

    <item id="hc-mgmt-02" layer="human">
      <title>建立危险化学品安全管理制度和岗位安全操作规程，从业人员经培训考核合格后上岗</title>
      <title xml:lang="en">Chemical safety rules and operating procedures in place, staff trained and tested</title>
      <guidance>查阅危险化学品安全管理制度、操作规程和培训考核记录；现场询问操作人员所用危险化学品的危险特性和应急处置方法。</guidance>
      <basis>《危险化学品安全管理条例》第四条、第二十八条</basis>
      <remedy>根据所用危险化学品的种类、危险特性、使用量和使用方式完善制度和规程，组织培训考核，不合格人员不得上岗。</remedy>
    </item>

    <item id="hc-mgmt-03" layer="human" weight="2">
      <title>每种危险化学品备有安全技术说明书和安全标签，作业人员掌握其内容</title>
      <title xml:lang="en">Safety data sheet and label for every hazardous chemical, understood by workers</title>
      <guidance>对照危险化学品清单逐一核对化学品安全技术说明书（SDS/MSDS）是否齐全、为中文版本。</guidance>
      <guidance>查看包装容器上的安全标签；抽问作业人员说明书中的急救和泄漏处置措施。</guidance>
      <basis>《危险化学品安全管理条例》第十五条、第三十七条</basis>
      <basis>GB/T 16483—2008《化学品安全技术说明书 内容和项目顺序》</basis>
      <basis>GB 15258—2009《化学品安全标签编写规定》</basis>
      <remedy>向供应商索取缺失的安全技术说明书，补贴安全标签，在作业场所放置说明书并组织学习。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="hc-mgmt-04" layer="human">
      <title>建立危险化学品出入库核查、登记制度，账物相符</title>
      <title xml:lang="en">Inbound and outbound checks and records kept, stock matches records</title>
      <guidance>查阅出入库登记台账，随机抽取2至3种危险化学品核对实物数量与台账是否一致。</guidance>
      <basis>《危险化学品安全管理条例》第二十五条第一款</basis>
      <remedy>建立出入库核查、登记制度，每月盘点，账物不符的查明原因。</remedy>
    </item>

    <item id="hc-mgmt-05" layer="human" weight="2">
      <title>剧毒化学品和储存数量构成重大危险源的危险化学品在专用仓库内单独存放，实行双人收发、双人保管</title>
      <title xml:lang="en">Highly toxic chemicals stored apart, issued and kept under two-person control</title>
      <guidance>查看剧毒化学品专用仓库的双人双锁设置和钥匙分管情况；查阅收发记录上是否有两名人员签字。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第一款</basis>
      <remedy>落实双人收发、双人保管和双人双锁，明确两名保管人员并报备。</remedy>
      <deadline-days>7</deadline-days>
    </item>
  </section>

  <section id="hc-storage">
    <title>储存场所与设施</title>
    <title xml:lang="en">Storage places and facilities</title>

    <item id="hc-storage-01" layer="physical" weight="2">
      <title>危险化学品储存在专用仓库、专用场地或者专用储存室内，并由专人负责管理</title>
      <title xml:lang="en">Hazardous chemicals kept in a dedicated store, yard or room under a named custodian</title>
      <guidance>现场查看危险化学品存放位置，是否存放在车间过道、办公室、生活区等非专用场所；核实仓库管理人员。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第一款</basis>
      <remedy>设置专用仓库、专用场地或者专用储存室，明确专人管理；车间内只存放当班用量。</remedy>
    </item>

    <item id="hc-storage-02" layer="physical" weight="3" major="true">
      <title>按国家标准分区、分类、分库储存，不超量、超品种储存，相互禁配物质不混放混存</title>
      <title xml:lang="en">Storage segregated by zone, class and store; no excess quantities or types; incompatibles not mixed</title>
      <guidance>对照危险化学品清单和安全技术说明书中的禁配物，现场核查氧化剂与可燃物、酸与碱、遇湿易燃物品与含水物品等是否混存。</guidance>
      <guidance>核对储存品种和数量是否超出设计或者许可范围。</guidance>
      <basis>《危险化学品安全管理条例》第二十四条第二款</basis>
      <basis>GB 15603—2022《危险化学品仓库储存通则》</basis>
      <remedy>按类别分区分库储存并设置隔离间距，清出超量、超品种的危险化学品，禁配物质立即分开存放。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第二十项</major-criterion>
      <deadline-days>15</deadline-days>
    </item>

    <item id="hc-storage-03" layer="physical" weight="3" major="true">
      <title>储存易燃易爆危险化学品的场所不与员工宿舍、居住场所设在同一建筑物内</title>
      <title xml:lang="en">Stores of flammable or explosive chemicals not in the same building as dormitories or homes</title>
      <guidance>查看危险化学品仓库、储存室所在建筑物内是否有员工宿舍或者居住场所，与周边居住场所的距离。</guidance>
      <basis>《中华人民共和国安全生产法》第四十二条第一款</basis>
      <basis>《中华人民共和国消防法》第十九条第一款</basis>
      <remedy>将住宿人员迁出，或者将危险化学品储存场所搬迁至独立建筑并保持安全距离。</remedy>
      <major-criterion>GB 35181—2017《重大火灾隐患判定方法》中“生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内”的直接判定情形</major-criterion>
    </item>

    <item id="hc-storage-04" layer="physical" weight="2">
      <title>储存场所设置通风、防火、防爆、防雷、防静电、防晒等安全设施设备，并经常性维护保养</title>
      <title xml:lang="en">Ventilation, fire, explosion, lightning, static and sun protection provided and maintained</title>
      <guidance>现场查看仓库通风设施、防爆电气（照明、开关、排风机）、防雷防静电接地及年度检测报告、遮阳降温设施；查阅维护保养记录。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <remedy>按储存品种的危险特性补设安全设施设备，建立维护保养和定期检测制度。</remedy>
    </item>

    <item id="hc-storage-05" layer="physical">
      <title>液体危险化学品储存区设置防泄漏围堰或者收集设施，并配备泄漏应急处置物资</title>
      <title xml:lang="en">Bunds or spill collection for liquid chemicals, with spill response supplies</title>
      <guidance>现场查看储罐区、桶装液体存放区的围堰（防护堤）、导流沟、事故收集池，以及吸附棉、沙土、堵漏工具等物资。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <remedy>设置防泄漏围堰或者托盘、收集设施，配备泄漏处置物资并定点存放。</remedy>
    </item>

    <item id="hc-storage-06" layer="physical">
      <title>作业场所和安全设施设备上设置明显的安全警示标志，专用仓库设置明显标志</title>
      <title xml:lang="en">Clear warning signs at workplaces, safety equipment and dedicated stores</title>
      <guidance>现场查看仓库门口的危险化学品名称、危险特性、禁火等标志和周知卡，以及安全设施设备上的警示标志。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第二款、第二十六条第一款</basis>
      <remedy>补设安全警示标志和危险化学品安全周知卡。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="hc-storage-07" layer="physical">
      <title>配备洗眼器、紧急喷淋、防护服、空气呼吸器等与所存化学品相适应的应急救援器材</title>
      <title xml:lang="en">Eyewash, safety shower, protective suits and breathing apparatus suited to the chemicals</title>
      <guidance>对照安全技术说明书核查个体防护装备和应急器材的种类、数量和有效期；测试洗眼器和紧急喷淋出水。</guidance>
      <basis>《危险化学品安全管理条例》第七十条第一款</basis>
      <remedy>补齐应急救援器材并定点存放，建立台账，定期检查维护。</remedy>
    </item>
  </section>

  <section id="hc-monitor">
    <title>监测监控与紧急切断</title>
    <title xml:lang="en">Monitoring, surveillance and emergency shut-off</title>

    <item id="hc-monitor-01" layer="technical" weight="3" major="true">
      <title>可能泄漏可燃气体、有毒气体的场所设置检测报警装置，报警信号传至有人值守场所</title>
      <title xml:lang="en">Flammable and toxic gas detectors where leaks are possible, alarms sent to a manned room</title>
      <guidance>现场查看储存、使用、装卸场所的可燃气体和有毒气体探测器的设置位置、数量和检测介质是否与所存物料相符。</guidance>
      <guidance>查看报警控制器是否有故障、屏蔽；用标准气样测试报警功能，查阅年度标定记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十条第一款</basis>
      <basis>GB/T 50493—2019《石油化工可燃气体和有毒气体检测报警设计标准》</basis>
      <remedy>按标准补设检测报警装置，报警信号引至值班室或者控制室，每年标定并保存记录；故障装置立即修复。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第十二项</major-criterion>
    </item>

    <item id="hc-monitor-02" layer="technical" weight="3" major="true">
      <title>构成一级、二级重大危险源的危险化学品罐区实现紧急切断功能</title>
      <title xml:lang="en">Emergency shut-off at tank farms that are first or second grade major hazard installations</title>
      <guidance>查阅重大危险源辨识和分级报告；现场查看储罐进出料管道上的紧急切断阀及其控制方式，在安全条件下测试远程关闭功能，查阅测试记录。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>GB 18218—2018《危险化学品重大危险源辨识》</basis>
      <basis>《危险化学品重大危险源监督管理暂行规定》第十三条</basis>
      <remedy>在储罐进出料管道上设置可远程操作的紧急切断阀，并与液位、压力等报警联锁；定期测试。</remedy>
      <major-criterion>《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》第五项</major-criterion>
    </item>

    <item id="hc-monitor-03" layer="technical" weight="2">
      <title>重大危险源配备温度、压力、液位等参数不间断采集监测系统，具备信息远传、连续记录、事故预警功能</title>
      <title xml:lang="en">Continuous monitoring of temperature, pressure and level at major hazard installations, with remote transmission and alarms</title>
      <guidance>查看监测系统实时画面和历史曲线，核查数据是否连续、是否接入监管部门或者园区平台；抽查近30日的报警记录及处置情况。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第四十条</basis>
      <basis>《危险化学品重大危险源监督管理暂行规定》第十三条</basis>
      <remedy>完善监测监控系统，恢复数据远传和连续记录，明确报警处置责任人。</remedy>
    </item>

    <item id="hc-monitor-04" layer="technical" weight="2">
      <title>剧毒化学品、易制爆危险化学品储存场所设置视频监控和入侵报警等技术防范设施</title>
      <title xml:lang="en">Video surveillance and intrusion alarms at stores of highly toxic or explosive-precursor chemicals</title>
      <guidance>现场查看仓库出入口和库内的视频监控覆盖、图像清晰度和录像保存时长，测试入侵报警装置；核对技防设施是否经公安机关检查。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十六条第一款</basis>
      <basis>GA 1511—2018《易制爆危险化学品储存场所治安防范要求》</basis>
      <remedy>按要求设置视频监控、入侵报警等技术防范设施，录像按规定保存，故障及时修复。</remedy>
    </item>

    <item id="hc-monitor-05" layer="technical">
      <title>作业场所设置通信、报警装置，并保证处于适用状态</title>
      <title xml:lang="en">Communication and alarm devices at workplaces, kept in working order</title>
      <guidance>现场测试仓库、装卸区的报警按钮、声光报警器和固定电话或者对讲设备。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《危险化学品安全管理条例》第二十一条</basis>
      <remedy>补设或者修复通信、报警装置，纳入日常巡检。</remedy>
      <deadline-days>7</deadline-days>
    </item>
  </section>

  <section id="hc-joint">
    <title>应急与联防联动</title>
    <title xml:lang="en">Emergency response and joint defence</title>

    <item id="hc-joint-01" layer="joint" weight="2">
      <title>危险化学品事故应急预案与乡镇（街道）应急预案相衔接，并至少每半年演练一次</title>
      <title xml:lang="en">Chemical emergency plan linked to the township plan and drilled at least every six months</title>
      <guidance>查阅危险化学品事故应急预案及备案材料，核对报告对象、周边疏散范围与乡镇（街道）预案是否一致；查阅近一年演练记录。</guidance>
      <basis>《危险化学品安全管理条例》第七十条</basis>
      <basis>《中华人民共和国安全生产法》第八十一条</basis>
      <basis>《生产安全事故应急条例》第八条</basis>
      <remedy>修订并备案应急预案，补充与乡镇（街道）的信息报告和疏散联动内容，每半年至少组织一次演练。</remedy>
    </item>

    <item id="hc-joint-02" layer="joint" weight="1.5">
      <title>剧毒化学品和构成重大危险源的危险化学品的储存数量、地点和管理人员情况向属地部门和公安机关备案</title>
      <title xml:lang="en">Quantities, location and custodians of highly toxic chemicals and major hazard stocks filed with authorities and police</title>
      <guidance>查阅向县级应急管理部门和公安机关的备案材料，核对备案信息与现场实际是否一致；询问驻村（社区）民警是否掌握相关情况。</guidance>
      <basis>《危险化学品安全管理条例》第二十五条第二款</basis>
      <remedy>补办备案，情况变化时及时更新，并将储存点位告知驻村（社区）民警和网格员。</remedy>
    </item>

    <item id="hc-joint-03" layer="joint" weight="2">
      <title>剧毒化学品、易制爆危险化学品如实记录流向，丢失或者被盗时立即报告公安机关</title>
      <title xml:lang="en">Flow records for highly toxic and explosive-precursor chemicals; loss or theft reported to police at once</title>
      <guidance>查阅流向登记（购买、使用、库存），核对数量。</guidance>
      <guidance>询问管理人员发现丢失、被盗时的报告对象和方式，是否掌握驻村（社区）民警或者辅警的联系方式。</guidance>
      <basis>《危险化学品安全管理条例》第二十三条第一款</basis>
      <remedy>建立流向登记制度并如实记录；将公安机关和驻村（社区）民警联系方式张贴于仓库。</remedy>
    </item>

    <item id="hc-joint-04" layer="joint">
      <title>外来装卸、运输、检修单位纳入统一协调管理，承运单位具备危险货物运输资质</title>
      <title xml:lang="en">Outside loading, transport and maintenance contractors coordinated; carriers licensed for dangerous goods</title>
      <guidance>查验承运单位危险货物道路运输许可、车辆和驾驶人员、押运人员资格；查阅与检修、装卸单位的安全生产管理协议和作业现场监护记录。</guidance>
      <basis>《中华人民共和国安全生产法》第四十九条</basis>
      <basis>《危险化学品安全管理条例》第四十三条</basis>
      <remedy>选用具备资质的承运单位，签订安全生产管理协议，装卸和检修作业安排专人现场监护。</remedy>
    </item>

    <item id="hc-joint-05" layer="joint">
      <title>与周边企业建立应急互助，储存品种和数量向网格员通报并纳入网格巡查</title>
      <title xml:lang="en">Mutual aid with neighbouring enterprises; stored chemicals known to grid members and patrolled</title>
      <guidance>查阅与周边企业的应急救援协议和可相互调用的物资清单；询问网格员是否掌握本单位储存的主要危险化学品品种、数量和应急联系人。</guidance>
      <basis>《生产安全事故应急条例》第十条</basis>
      <basis>《中华人民共和国安全生产法》第七十五条</basis>
      <remedy>与周边企业签订应急互助协议，向网格员通报储存情况和联系人，情况变化时及时更新。</remedy>
    </item>
  </section>
</checklist>

"""#),
        ("previous/small-premises-2026.1.xml", #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  "三小"场所（小商店、小作坊、小娱乐场所）消防安全检查表 (small-premises)
  Format: urn:checkup:checklist:1, see docs/checklist-format.md.
  Main sources: 《中华人民共和国消防法》(2021年修正),
  XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》(原 GA 703—2007),
  《高层民用建筑消防安全管理规定》(应急管理部令第5号),
  GB 35181—2017《重大火灾隐患判定方法》.
-->
<checklist xmlns="urn:checkup:checklist:1" id="small-premises" version="2026.1" xml:lang="zh-CN">
  <title>“三小”场所（小商店、小作坊、小娱乐场所）消防安全检查表</title>
  <title xml:lang="en">Fire safety checklist for small shops, small workshops and small entertainment venues</title>
  <description>适用于乡镇（街道）、村（社区）范围内的小商店、小作坊、小娱乐场所和小餐饮等“三小”场所，重点检查住宿与生产储存经营合用（“三合一”）、电动自行车停放充电、安全疏散和初起火灾处置能力。</description>
  <description></description>
  <description xml:lang="en">For small shops, workshops, entertainment venues and eateries in the township.</description>
  <description xml:lang="en">Focus: living quarters combined with work or storage, e-bike parking and charging, escape routes and first-response capability.</description>
  <deadlines general-days="7" major-days="30"/>

  <section id="sp-layout">
    <title>场所设置与住人</title>
    <title xml:lang="en">Layout and living quarters</title>

    <item id="sp-layout-01" layer="physical" weight="3" major="true">
      <title>生产、储存、经营易燃易爆危险品的场所不与居住场所设置在同一建筑物内</title>
      <title xml:lang="en">No living quarters in a building used to make, store or sell flammable or explosive goods</title>
      <guidance>查看场所内是否生产、储存、经营油漆、稀料、酒精、烟花爆竹、液化石油气等易燃易爆危险品。</guidance>
      <guidance>同一建筑物内（含夹层、阁楼、后间）是否有人员住宿。</guidance>
      <basis>《中华人民共和国消防法》第十九条第一款</basis>
      <remedy>立即停止住人或者停止生产、储存、经营易燃易爆危险品，二者只能保留其一，并保持安全距离。</remedy>
      <major-criterion>GB 35181—2017《重大火灾隐患判定方法》中“生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内”的直接判定情形</major-criterion>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-layout-02" layer="physical" weight="3">
      <title>住宿与生产、储存、经营合用场所（“三合一”）的住宿部分与非住宿部分进行防火分隔，并设置独立的疏散设施</title>
      <title xml:lang="en">Living area fire-separated from the work or storage area, with its own escape route</title>
      <guidance>查看住宿部分与非住宿部分之间是否采用不开门窗洞口的实体墙和楼板分隔；住宿人员能否不经过经营、生产、储存区域直接疏散到室外。</guidance>
      <basis>《中华人民共和国消防法》第十九条第二款</basis>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.2条、第4.3条</basis>
      <remedy>按XF 703要求进行防火分隔并设置独立疏散设施；确实无法分隔的，不得在场所内住人。</remedy>
    </item>

    <item id="sp-layout-03" layer="physical" weight="2">
      <title>合用场所不设在甲、乙类火灾危险性建筑、厂房和仓库、地下建筑等禁止设置的建筑内</title>
      <title xml:lang="en">Combined premises not in prohibited buildings (factories, warehouses, basements)</title>
      <guidance>查看场所所在建筑的性质（厂房、仓库、地下室、大型商场等）和火灾危险性；核对是否存在在厂房、仓库内设置住宿的情况。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.1条</basis>
      <remedy>将住宿人员迁出禁止设置合用场所的建筑。</remedy>
    </item>

    <item id="sp-layout-04" layer="physical" weight="1.5">
      <title>门窗不设置影响逃生和灭火救援的障碍物，防盗网设置可从内部开启的逃生口</title>
      <title xml:lang="en">No bars or grilles blocking escape and rescue; security grilles have an escape hatch openable from inside</title>
      <guidance>现场查看住人楼层的窗户、阳台是否安装固定防盗网、广告牌；检查防盗网逃生口能否从内部徒手打开。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <remedy>拆除影响逃生的障碍物，或者在防盗网上设置可从内部开启的逃生口。</remedy>
      <deadline-days>15</deadline-days>
    </item>
  </section>

  <section id="sp-evac">
    <title>安全疏散</title>
    <title xml:lang="en">Escape routes</title>

    <item id="sp-evac-01" layer="physical" weight="2">
      <title>安全出口、疏散通道畅通，不被占用、堵塞、锁闭</title>
      <title xml:lang="en">Exits and escape routes kept clear and unlocked</title>
      <guidance>现场查看安全出口和疏散通道是否堆放货物、停放车辆，营业期间是否锁闭；卷帘门是否为唯一出口。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <remedy>立即清理占用物品，营业和住人期间保持出口可从内部打开。</remedy>
      <deadline-days>1</deadline-days>
    </item>

    <item id="sp-evac-02" layer="physical">
      <title>设置消防应急照明和疏散指示标志，并保持完好</title>
      <title xml:lang="en">Emergency lighting and exit signs installed and working</title>
      <guidance>现场查看应急照明灯和疏散指示标志的设置位置；按下测试按钮或者切断电源，检查能否正常点亮。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（二）项</basis>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.6条</basis>
      <remedy>补设或者更换应急照明灯和疏散指示标志，定期测试。</remedy>
    </item>
  </section>

  <section id="sp-equip">
    <title>消防设施与用电用气</title>
    <title xml:lang="en">Fire protection, electricity and gas</title>

    <item id="sp-equip-01" layer="physical">
      <title>按规定配置灭火器，压力正常、在有效期内、便于取用</title>
      <title xml:lang="en">Fire extinguishers provided, charged, in date and easy to reach</title>
      <guidance>查看灭火器的数量、类型和放置位置；检查压力表指针是否在绿区、是否超过维修或者报废期限。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（二）项</basis>
      <basis>GB 50140—2005《建筑灭火器配置设计规范》</basis>
      <remedy>补配或者更换灭火器，放置在出口附近明显位置，每月检查一次。</remedy>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-equip-02" layer="technical" weight="2">
      <title>住宿和经营部分设置独立式感烟火灾探测报警器（或者火灾自动报警系统），并能正常报警</title>
      <title xml:lang="en">Stand-alone smoke alarms (or a fire alarm system) in living and business areas, sounding when tested</title>
      <guidance>查看住宿房间、楼梯间和经营区域的独立式感烟火灾探测报警器设置情况；逐个按下测试按钮，确认能发出报警声响，检查电池电量。</guidance>
      <guidance>装置已安装但不能正常运行（无电池、被拆下、被遮盖）的，判定为不合格。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.3条、第4.7条</basis>
      <basis>GB 20517—2006《独立式感烟火灾探测报警器》</basis>
      <remedy>在每个住宿房间、楼梯间和经营区域安装独立式感烟火灾探测报警器，定期测试并及时更换电池。</remedy>
      <deadline-days>3</deadline-days>
    </item>

    <item id="sp-equip-03" layer="technical" weight="2">
      <title>住宿与非住宿部分无法完全分隔的，设置简易喷淋（自动喷水局部应用系统），并保持有效</title>
      <title xml:lang="en">Simple sprinklers (local automatic sprinkler system) where living and working areas cannot be fully separated, kept working</title>
      <guidance>查看经营、生产区域和疏散通道上方的喷头布置；检查供水阀门是否常开、末端试水能否出水、水压是否满足要求。</guidance>
      <guidance>装置已安装但不能正常运行（阀门关闭、无水、喷头被遮挡或者涂覆）的，判定为不合格。</guidance>
      <basis>XF 703—2007《住宿与生产储存经营合用场所消防安全技术要求》第4.3条</basis>
      <remedy>安装简易喷淋并保持阀门常开、水源可靠，每季度末端试水一次。</remedy>
    </item>

    <item id="sp-equip-04" layer="technical" weight="2" industries="餐饮">
      <title>使用燃气的餐饮等场所安装可燃气体报警装置，并保障其正常使用</title>
      <title xml:lang="en">Gas alarms in eateries and other premises using gas, kept working</title>
      <guidance>查看厨房和燃气表、钢瓶附近的可燃气体报警装置；按测试按钮或者用测试气样测试报警，检查是否与紧急切断阀联动。</guidance>
      <guidance>检查液化石油气钢瓶是否超量存放、连接软管是否老化。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国安全生产法》第三十六条第四款</basis>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>安装可燃气体报警装置（宜联动紧急切断阀），更换老化软管，液化石油气钢瓶按规定数量存放。</remedy>
      <deadline-days>7</deadline-days>
    </item>

    <item id="sp-equip-05" layer="physical" weight="2">
      <title>电气线路穿管保护，不私拉乱接、不超负荷，电器产品规范使用</title>
      <title xml:lang="en">Wiring in conduit, no improvised connections or overloads, appliances used properly</title>
      <guidance>现场查看电线是否穿管或者线槽保护、有无裸露和老化；是否使用多个插线板串接、大功率电器是否使用专用线路；可燃物是否贴近灯具和电热器具。</guidance>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>由持证电工整改线路，拆除私拉乱接，大功率电器使用专用回路。</remedy>
    </item>

    <item id="sp-equip-06" layer="technical">
      <title>配电回路设置剩余电流保护，鼓励安装电气火灾监控（智慧用电）装置并保持在线</title>
      <title xml:lang="en">Residual-current protection on circuits; electrical fire monitoring (smart power) devices online where fitted</title>
      <guidance>按下剩余电流动作保护器试验按钮，确认能跳闸；已安装电气火灾监控（智慧用电）装置的，查看是否在线、告警是否有人处置。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《中华人民共和国消防法》第二十七条</basis>
      <remedy>更换失效的剩余电流动作保护器；恢复监控装置在线，明确告警接收人。</remedy>
    </item>
  </section>

  <section id="sp-ebike">
    <title>电动自行车停放充电</title>
    <title xml:lang="en">E-bike parking and charging</title>

    <item id="sp-ebike-01" layer="physical" weight="3">
      <title>电动自行车不在室内、门厅、疏散通道、楼梯间、安全出口停放或者充电</title>
      <title xml:lang="en">No e-bikes parked or charged indoors, in lobbies, escape routes, stairways or exits</title>
      <guidance>现场查看场所内、门厅、楼梯间、疏散通道和住人区域是否停放电动自行车，是否有“飞线”充电或者将电池带入室内充电。</guidance>
      <basis>《中华人民共和国消防法》第二十八条</basis>
      <basis>《高层民用建筑消防安全管理规定》（应急管理部令第5号）第三十七条</basis>
      <remedy>立即将电动自行车移出，改在室外集中停放充电场所停放和充电。</remedy>
      <deadline-days>1</deadline-days>
    </item>

    <item id="sp-ebike-02" layer="technical" weight="1.5">
      <title>集中充电设施具备充满自动断电、过载保护功能，充电区域有视频监控或者火灾探测报警</title>
      <title xml:lang="en">Shared chargers cut off when full and on overload; charging area watched by video or fire detection</title>
      <guidance>查看场所或者所在村（社区）的集中充电设施，核对充满自停、定时断电、过载保护功能；查看充电区域视频监控或者烟感报警是否正常。</guidance>
      <guidance>装置已安装但不能正常运行的，判定为不合格。</guidance>
      <basis>《高层民用建筑消防安全管理规定》（应急管理部令第5号）第三十七条</basis>
      <remedy>更换为具备充满自动断电和过载保护功能的充电设施，补设视频监控或者火灾探测报警，并配备灭火器材。</remedy>
    </item>
  </section>

  <section id="sp-mgmt">
    <title>人员与日常管理</title>
    <title xml:lang="en">People and daily routine</title>

    <item id="sp-mgmt-01" layer="human">
      <title>经营者和从业人员懂本场所火灾危险性，会报警、会使用灭火器、会组织逃生自救</title>
      <title xml:lang="en">Owner and staff know the fire risks and can raise the alarm, use an extinguisher and lead escape</title>
      <guidance>现场抽问1至2名人员：本场所主要火灾危险、报警电话和报警要点、灭火器使用方法、疏散路线；请其演示灭火器操作。</guidance>
      <basis>《中华人民共和国消防法》第六条第二款</basis>
      <remedy>组织消防安全培训，邀请村（社区）消防安全管理人或者志愿消防队现场教学。</remedy>
    </item>

    <item id="sp-mgmt-02" layer="human">
      <title>每日营业结束前开展防火巡查，关闭非必要电源、熄灭火源</title>
      <title xml:lang="en">Daily closing fire round: non-essential power off, open flames out</title>
      <guidance>查阅防火巡查记录；询问经营者每日闭店前检查的内容。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（五）项</basis>
      <remedy>建立每日防火巡查制度并张贴检查要点，如实记录。</remedy>
    </item>

    <item id="sp-mgmt-03" layer="human">
      <title>不违规使用明火，不在场所内违规储存易燃易爆物品</title>
      <title xml:lang="en">No unsafe open flames and no improper storage of flammable goods</title>
      <guidance>查看场所内是否使用明火取暖、照明、祭祀，是否存放汽油、稀料、酒精等易燃物品，是否超量存放液化石油气钢瓶。</guidance>
      <basis>《中华人民共和国消防法》第二十一条、第二十三条</basis>
      <remedy>停止违规使用明火，清出易燃易爆物品。</remedy>
      <deadline-days>3</deadline-days>
    </item>
  </section>

  <section id="sp-joint">
    <title>联防联动</title>
    <title xml:lang="en">Joint defence</title>

    <item id="sp-joint-01" layer="joint" weight="2">
      <title>纳入村（社区）网格巡查，经营者知晓网格员、驻村（社区）民警和辅警联系方式，隐患能及时报告</title>
      <title xml:lang="en">Premises on the grid patrol round; owner knows grid member and village police contacts and reports hazards</title>
      <guidance>核对场所是否列入所在网格的“三小”场所台账和巡查记录；询问经营者网格员、驻村（社区）民警或者辅警的联系方式和报告方式。</guidance>
      <basis>《中华人民共和国消防法》第三十二条、第五十三条</basis>
      <remedy>将场所纳入网格台账和巡查计划，在场所内公示网格员和驻村（社区）民警、辅警联系方式。</remedy>
    </item>

    <item id="sp-joint-02" layer="joint">
      <title>同一建筑由多个经营户或者房东与租户共同管理使用的，明确各方消防安全责任并统一管理共用部位</title>
      <title xml:lang="en">Shared buildings: fire duties of landlord and tenants agreed, shared parts managed jointly</title>
      <guidance>查阅租赁合同或者消防安全责任书中各方消防安全责任的约定；查看共用疏散通道、楼梯间、消防设施是否有明确的管理责任人。</guidance>
      <basis>《中华人民共和国消防法》第十八条第一款</basis>
      <remedy>由出租人与承租人、各经营户签订消防安全责任书，确定共用部位的统一管理责任人。</remedy>
    </item>

    <item id="sp-joint-03" layer="joint">
      <title>参加村（社区）志愿消防队、微型消防站或者周边商户“联户联防”</title>
      <title xml:lang="en">Part of the village volunteer fire team, mini fire station or neighbouring shops' mutual watch</title>
      <guidance>查看场所是否加入所在村（社区）或者街区的联防组织，是否配备联防报警器或者加入联防群；询问近一年是否参加联合演练。</guidance>
      <basis>《中华人民共和国消防法》第四十一条</basis>
      <remedy>组织相邻商户建立联户联防，加入村（社区）志愿消防队或者微型消防站的联勤联动。</remedy>
    </item>

    <item id="sp-joint-04" layer="joint">
      <title>制定灭火和应急疏散预案，并与村（社区）、周边商户开展针对性演练</title>
      <title xml:lang="en">Fire and evacuation plan in place and drilled with the village and neighbouring shops</title>
      <guidance>查阅简易灭火和应急疏散预案（可为一页式处置卡）；查阅近一年与村（社区）或者周边商户的演练记录。</guidance>
      <basis>《中华人民共和国消防法》第十六条第一款第（一）项、第（六）项</basis>
      <remedy>制定一页式灭火和应急疏散处置卡，每年至少与村（社区）或者周边商户演练一次。</remedy>
    </item>
  </section>
</checklist>

"""#),
    ]
}
