import CheckupCore
import CheckupReports
import CheckupStore
import Foundation
import Testing

@Suite("Rectification notice: content")
struct NoticeTests {
    @Test("the number is the station's place + 安体, the year and the serial in at least four digits")
    func numberFromStationYearAndSerial() {
        #expect(NoticeNumber.make(station: "金东区安全生产体检站", year: 2026, serial: 12) == "金东安体〔2026〕第0012号")
        #expect(NoticeNumber.make(station: "金东区安全生产体检站", year: 2026, serial: 123_456) == "金东安体〔2026〕第123456号")
    }

    @Test("the numbering year is that of the notice date in station time, not UTC")
    func numberYearInStationTime() {
        let newYearMorning = ReportStation.time("2027-01-01T07:00:00") // still 2026 in UTC
        #expect(NoticeNumber.year(of: newYearMorning) == 2027)
    }

    @Test("notice numbers run on per year in the order notices are first issued, not by session id")
    func numbersConsecutiveByIssue() throws {
        let fixture = try ReportStation()
        #expect(try fixture.notice(3).number == "金东安体〔2026〕第0001号")
        #expect(try fixture.notice(2).number == "金东安体〔2026〕第0002号")
    }

    @Test("a notice printed again keeps its number, whatever station name is given then")
    func numberKept() throws {
        let fixture = try ReportStation()
        let first = try fixture.notice(2).number
        #expect(try fixture.notice(2, language: .en, stationName: "多湖街道安全生产体检站").number == first)
    }

    @Test("a refused notice takes no number")
    func refusedNoticeTakesNoNumber() throws {
        let fixture = try ReportStation()
        #expect(throws: NoticeError.self) { try fixture.notice(4) }
        #expect(try fixture.station.store.issuedNotice(session: 4) == nil)
        #expect(try fixture.notice(2).number == "金东安体〔2026〕第0001号")
    }

    @Test("the abbreviation takes the last place name of the station; without one it is just 安体")
    func abbreviation() {
        #expect(NoticeNumber.abbreviation(of: "金华市金东区孝顺镇安全生产体检站") == "孝顺安体")
        #expect(NoticeNumber.abbreviation(of: "多湖街道安全生产体检站") == "多湖安体")
        #expect(NoticeNumber.abbreviation(of: "Checkup station") == "安体")
    }

    @Test("an open session is refused: complete the session first")
    func refusesOpenSession() throws {
        let fixture = try ReportStation()
        #expect(throws: NoticeError.sessionNotCompleted(4, .open)) { try fixture.notice(4) }
        #expect(NoticeError.sessionNotCompleted(4, .open).description.contains("complete the session first"))
    }

    @Test("a self-check is refused: notices follow the station's inspections")
    func refusesSelfCheck() throws {
        let fixture = try ReportStation()
        #expect(throws: NoticeError.notAnInspection(1)) { try fixture.notice(1) }
    }

    @Test("the notice carries station, enterprise, completion date and inspectors")
    func header() throws {
        let notice = try ReportStation().notice()
        #expect(notice.number == "金东安体〔2026〕第0001号")
        #expect(notice.station == "金东区安全生产体检站")
        #expect(notice.enterprise.creditCode == ReportStation.jincheng)
        #expect(Timestamp.day(notice.date) == "2026-11-10")
        #expect(notice.session.inspectors == ["张伟", "李娜"])
        let json = notice.json()
        #expect(json.enterprise.address == "金东区孝顺镇工业功能区锦程路18号")
        #expect(json.date == "2026-11-10")
    }

    @Test("it lists every hazard of the session, and only those, in checklist order")
    func hazardsOfTheSession() throws {
        let notice = try ReportStation().notice()
        #expect(notice.items.map(\.itemID) == ["m2", "p1", "p2", "t1"])
        #expect(notice.items.map(\.number) == [1, 2, 3, 4])
        let first = try #require(notice.items.first)
        #expect(first.finding == "两名新员工未经三级安全教育即上岗")
        #expect(first.basis == "《中华人民共和国安全生产法》第二十八条")
        #expect(first.remedy == nil)
        #expect(first.severity == .general)
        #expect(Timestamp.day(first.deadline) == "2026-11-25")
        #expect(first.deadlineDays == 15)
    }

    @Test("major hazards — by the item or by the inspector — are set apart and need the five measures")
    func majorHazardsSetApart() throws {
        let notice = try ReportStation().notice()
        #expect(notice.majorToRectify.map(\.itemID) == ["p1", "t1"])
        let json = notice.json()
        #expect(json.major_hazards == [3, 5])
        let requirement = try #require(json.five_measures_requirement)
        for word in ["责任", "措施", "资金", "时限", "预案", "五落实"] {
            #expect(requirement.contains(word))
        }
        #expect(json.hazards[1].five_measures.responsible == "王建华")
    }

    @Test("a notice without major hazards to rectify has no five-measures section")
    func noMajorNoRequirement() throws {
        let notice = try ReportStation().notice(3)
        #expect(notice.majorToRectify.isEmpty)
        #expect(notice.json().five_measures_requirement == nil)
        #expect(!(try notice.html()).contains("五落实"))
    }

    @Test("sections are numbered over those present: 一、二、三 without a major hazard, 一 to 四 with one")
    func sectionNumbers() throws {
        let plain = try ReportStation().notice(3)
        for format in [try plain.html(), try plain.markdown()] {
            #expect(format.contains("一、事故隐患及整改要求") && format.contains("二、本次体检防控等级") && format.contains("三、其他要求"))
            #expect(!format.contains("四、"))
        }
        let major = try ReportStation().notice()
        let html = try major.html()
        #expect(html.contains("二、重大事故隐患（五落实）") && html.contains("三、本次体检防控等级") && html.contains("四、其他要求"))
    }

    @Test("the receipt goes to paper with the further requirements and the signatures, never alone on a page")
    func receiptKeptWithSignatures() throws {
        let html = try ReportStation().notice(3).html()
        #expect(html.contains(".closing { break-inside: avoid; page-break-inside: avoid; }"))
        let closing = try #require(html.range(of: "<div class=\"closing\">"))
        let receipt = try #require(html.range(of: "<section class=\"receipt\">"))
        let signatures = try #require(html.range(of: "<div class=\"signatures\">"))
        #expect(closing.lowerBound < signatures.lowerBound && signatures.lowerBound < receipt.lowerBound)
    }

    @Test("a fail fixed on site is listed as such instead of with a deadline")
    func fixedOnSite() throws {
        let notice = try ReportStation().notice()
        let fixed = notice.items.filter(\.fixedOnSite).map(\.itemID)
        #expect(fixed == ["p2"])
        let counts = notice.json().counts
        let figures: [Int] = [counts.total, counts.major, counts.general, counts.fixed_on_site]
        #expect(figures == [4, 2, 2, 1])
        let markdown = try notice.markdown()
        #expect(markdown.contains("| 一般 | 已现场整改 |"))
    }

    @Test("the scorecard is the session's DefenceScore over its four layers")
    func scorecard() throws {
        let fixture = try ReportStation()
        let notice = try fixture.notice()
        let opened = try fixture.station.open(2)
        let expected = DefenceScore.compute(
            items: fixture.station.scoringItems(opened, findings: try fixture.station.store.findings(session: 2)),
            weights: opened.checklist.layerWeights)
        #expect(notice.score == expected)
        let card = notice.json().scorecard
        #expect(card.level == expected.level.roundedTo(places: 3))
        #expect(Set(card.layers.keys) == ["human", "physical", "technical", "joint"])
        #expect(card.layers["human"]?.score == 0.667)
    }

    @Test("in English, item titles come from the checklist's translations; findings stay as written")
    func englishTitles() throws {
        let notice = try ReportStation().notice(language: .en)
        #expect(notice.items.first?.itemTitle == "Workers trained before starting work")
        #expect(notice.items.first?.finding == "两名新员工未经三级安全教育即上岗")
        #expect(try notice.html().contains("Safety Hazard Rectification Notice"))
    }

    @Test("--station changes the issuing station and the number's abbreviation")
    func stationName() throws {
        let notice = try ReportStation().notice(stationName: "义乌市安全生产体检站")
        #expect(notice.number == "义乌安体〔2026〕第0001号")
        #expect(try notice.markdown().contains("**义乌市安全生产体检站**"))
    }
}
