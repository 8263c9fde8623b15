#ifndef CHECKUP_CLIBXML2_SHIM_H
#define CHECKUP_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers then pull in ICU types that clash with
   Foundation's copy ("'UErrorCode' has different definitions"). We never use the ICU parts. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlsave.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>
#include <libxml/SAX2.h>
#include <libxml/globals.h>
#include <stdio.h>

/* xmlFree is a global function pointer; Swift 6 refuses to touch it directly. */
static inline void checkup_xmlFree(void *ptr) { xmlFree(ptr); }

/* The error API became const in libxml2 2.12; read fields through these helpers so the
   Swift side builds against 2.9 and 2.12+ alike. */
static inline int checkup_error_line(const xmlError *e) { return e ? e->line : 0; }
static inline int checkup_error_column(const xmlError *e) { return e ? e->int2 : 0; }
static inline int checkup_error_code(const xmlError *e) { return e ? e->code : 0; }
static inline int checkup_error_level(const xmlError *e) { return e ? (int)e->level : 0; }
static inline const char *checkup_error_message(const xmlError *e) { return e ? e->message : 0; }
static inline const char *checkup_error_file(const xmlError *e) { return e ? e->file : 0; }

/* Where libxml2's diagnostics go. Swift supplies one `sink` callback and an opaque pointer; the
   shim adapts libxml2's structured-error signature (non-const in 2.9, const in 2.12+) to it. */
typedef void (*checkup_error_sink_fn)(void *sink, int domain, int level, int line, int column,
                                      const char *message);

typedef struct checkup_hooks {
    checkup_error_sink_fn sink_fn;
    void *sink;
    /* Set when the document declared an entity; parsing is stopped at that point. */
    int entity_declared_line;
    int entity_declared_column;
    /* Opaque pointer to the Swift object driving a SAX parse (XMLEventParser). */
    void *owner;
    /* Set when the parse was stopped for one of the CHECKUP_REFUSED_* reasons, and where. */
    int refused;
    int refused_line;
    int refused_column;
    /* Tree parses: the longest run of text accepted between two tags (0: no limit), and the
       length of the current run. */
    long text_limit;
    long text_run;
    /* Encodings accepted beyond UTF-8: UTF-16, and the GB family (GBK, GB2312, GB18030). */
    int allow_utf16;
    int allow_gb;
    /* The decoder libxml2 chose, when the document was refused for its encoding. */
    char refused_encoding[64];
    /* The parser context this parse runs in, to locate errors libxml2 raises without one
       (encoding conversion errors). */
    void *parser;
    /* Bytes handed to the parser so far (the caller keeps it up to date), and the offset in them
       of the first bytes that could not be decoded (-1: none). */
    long pushed;
    long conversion_offset;
} checkup_hooks;

/* Why a parse was stopped by a hook (checkup_hooks.refused). */
#define CHECKUP_REFUSED_NONE 0
/* A run of text between two tags longer than text_limit. */
#define CHECKUP_REFUSED_TEXT_TOO_LONG 1
/* A DOCTYPE naming an external DTD (SYSTEM or PUBLIC). */
#define CHECKUP_REFUSED_EXTERNAL_DTD 2
/* A DOCTYPE with an internal subset ([...]). */
#define CHECKUP_REFUSED_INTERNAL_SUBSET 3
/* A document decoded with an encoding outside the accepted set (refused_encoding). */
#define CHECKUP_REFUSED_ENCODING 4

/* Stops a parse from inside a callback, safely.

   xmlStopParser must not be called from a SAX callback in libxml2 2.9: it frees the input buffer
   at once (xmlHaltParser), while the caller still holds pointers into it — the text just handed
   to `characters`, the attribute values of a start tag. With a schema plugged in, the validator
   receives the same pointers right after our callback returns and reads freed memory: a 2 MB
   note parsed from memory, stopped at the 1 MB text limit, crashed with SIGSEGV (the whole
   document is one buffer, unmapped when freed). This halts the way xmlHaltParser does but frees
   nothing: no more callbacks (disableSAX), every parsing loop ends (instate EOF), and the
   document is not well-formed. The buffers are freed with the context, after the parse. */
static inline void checkup_halt(xmlParserCtxtPtr ctxt) {
    if (!ctxt) return;
    ctxt->disableSAX = 1;
    ctxt->instate = XML_PARSER_EOF;
    ctxt->wellFormed = 0;
}

/* Records the first refusal with the parser's position, and halts. */
static inline void checkup_refuse(xmlParserCtxtPtr ctxt, checkup_hooks *hooks, int reason) {
    if (hooks && hooks->refused == CHECKUP_REFUSED_NONE) {
        hooks->refused = reason;
        hooks->refused_line = (ctxt && ctxt->input && ctxt->input->line > 0) ? ctxt->input->line : 1;
        hooks->refused_column = (ctxt && ctxt->input && ctxt->input->col > 0) ? ctxt->input->col : 1;
    }
    checkup_halt(ctxt);
}

#if LIBXML_VERSION >= 21200
#define CHECKUP_ERROR_PTR const xmlError *
#else
#define CHECKUP_ERROR_PTR xmlErrorPtr
#endif

static void checkup_forward(checkup_hooks *hooks, CHECKUP_ERROR_PTR err) {
    if (!hooks || !hooks->sink_fn || !err) return;
    hooks->sink_fn(hooks->sink, err->domain, (int)err->level, err->line, err->int2, err->message);
}

/* ---- Errors raised without a context ------------------------------------------------------------

   libxml2 raises some errors with no parser context — encoding conversion failures ("input
   conversion failed due to input error, bytes 0x…"), the I/O layer's "encoder error" — and sends
   them to the thread's structured handler, or, when there is none, prints them to stderr through
   the generic handler: raw lines, often two for one problem, with no file:line:col. For the
   length of each parse (DiagnosticCollector.withHooks) the calling thread's handlers are ours —
   libxml2 keeps them per thread — and restored afterwards: the errors join the parse's own,
   located at the parser's position, and nothing is printed. */

typedef struct checkup_error_scope {
    xmlStructuredErrorFunc structured;
    void *structured_context;
    xmlGenericErrorFunc generic;
    void *generic_context;
} checkup_error_scope;

static void checkup_thread_error(void *ctx, CHECKUP_ERROR_PTR err) {
    checkup_hooks *hooks = (checkup_hooks *)ctx;
    if (!hooks || !hooks->sink_fn || !err) return;
    int line = err->line, column = err->int2;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)hooks->parser;
    /* A conversion failure leaves the undecodable bytes at the head of the raw buffer, which holds
       everything handed over and not yet decoded: their offset is what was handed over less that. */
    if (err->domain == XML_FROM_I18N && ctxt && ctxt->input && ctxt->input->buf && ctxt->input->buf->raw
        && hooks->conversion_offset < 0 && hooks->pushed > 0) {
        long left = (long)xmlBufUse(ctxt->input->buf->raw);
        if (left <= hooks->pushed) hooks->conversion_offset = hooks->pushed - left;
    }
    if (line <= 0 && ctxt && ctxt->input) {
        line = ctxt->input->line;
        column = ctxt->input->col;
    }
    hooks->sink_fn(hooks->sink, err->domain, (int)err->level, line, column, err->message);
}

static void checkup_silent_generic(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

static inline checkup_error_scope checkup_errors_begin(checkup_hooks *hooks) {
    checkup_error_scope saved;
    saved.structured = xmlStructuredError;
    saved.structured_context = xmlStructuredErrorContext;
    saved.generic = xmlGenericError;
    saved.generic_context = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(hooks, checkup_thread_error);
    xmlSetGenericErrorFunc(hooks, checkup_silent_generic);
    return saved;
}

static inline void checkup_errors_end(checkup_error_scope saved) {
    xmlSetStructuredErrorFunc(saved.structured_context, saved.structured);
    xmlGenericError = saved.generic;
    xmlGenericErrorContext = saved.generic_context;
}

/* Structured-error callback for validation and reader contexts: ctx is the checkup_hooks. */
static void checkup_hooks_error(void *ctx, CHECKUP_ERROR_PTR err) {
    checkup_forward((checkup_hooks *)ctx, err);
}

/* Structured-error callback for a parser context: ctx is the context, hooks are in _private. */
static void checkup_ctxt_error(void *ctx, CHECKUP_ERROR_PTR err) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (ctxt) checkup_forward((checkup_hooks *)ctxt->_private, err);
}

static void checkup_declaration_start(xmlParserCtxtPtr ctxt, int *line_out, int *column_out);

/* Entity declarations are refused: record where (the "<!ENTITY") and stop before anything can
   be expanded. */
static void checkup_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *publicId,
                                const xmlChar *systemId, xmlChar *content) {
    (void)name; (void)type; (void)publicId; (void)systemId; (void)content;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (!ctxt) return;
    checkup_hooks *hooks = (checkup_hooks *)ctxt->_private;
    if (hooks && hooks->entity_declared_line == 0)
        checkup_declaration_start(ctxt, &hooks->entity_declared_line, &hooks->entity_declared_column);
    checkup_halt(ctxt);
}

static void checkup_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *publicId,
                                         const xmlChar *systemId, const xmlChar *notationName) {
    (void)notationName;
    checkup_entity_decl(ctx, name, 0, publicId, systemId, 0);
}

/* ---- DOCTYPE ---------------------------------------------------------------------------------

   No Checkup format needs a DTD, and a DTD must never supply data: an internal subset's
   <!ATTLIST result status CDATA "pass"> would answer every <result> without a status, and a
   defaulted xmlns would put a root without one into the format's namespace. libxml2 stores such
   defaults (ctxt->attsDefault) whatever the options, and applies them to every start tag. So a
   DOCTYPE naming an external DTD, or carrying an internal subset, is refused wherever it stands,
   whatever the encoding: the parser itself reports it, through the SAX internalSubset callback
   (called for every DOCTYPE); a bare <!DOCTYPE name> is tolerated.

   An internal subset is recorded at its DOCTYPE but the parse is halted only when the subset
   ends (externalSubset is called then, before any element), so that an entity declaration in it
   is refused as such first, with its own message and place. */

/* Where the markup declaration the parser is inside began: the line and column of the "<!" found
   backwards from the parser's position, in the bytes it already holds (not the position after
   the external id or the entity value, where a callback is called). */
static void checkup_declaration_start(xmlParserCtxtPtr ctxt, int *line_out, int *column_out) {
    int line = 1, column = 1;
    if (ctxt && ctxt->input && ctxt->input->cur && ctxt->input->base) {
        const xmlChar *base = ctxt->input->base, *cur = ctxt->input->cur, *p = cur;
        int newlines = 0;
        while (p > base && !(p[0] == '<' && p[1] == '!')) {
            p--;
            if (*p == '\n') newlines++;
        }
        line = ctxt->input->line - newlines;
        if (newlines == 0) {
            int chars = 0;
            for (const xmlChar *q = p; q < cur; q++) if ((*q & 0xC0) != 0x80) chars++;
            column = ctxt->input->col - chars;
        } else {
            const xmlChar *start = p;
            while (start > base && start[-1] != '\n') start--;
            column = 1;
            for (const xmlChar *q = start; q < p; q++) if ((*q & 0xC0) != 0x80) column++;
        }
    }
    *line_out = line > 0 ? line : 1;
    *column_out = column > 0 ? column : 1;
}

/* Records a refusal at the DOCTYPE's "<!". */
static void checkup_refuse_at_doctype(xmlParserCtxtPtr ctxt, checkup_hooks *hooks, int reason) {
    if (!hooks || hooks->refused != CHECKUP_REFUSED_NONE) return;
    hooks->refused = reason;
    checkup_declaration_start(ctxt, &hooks->refused_line, &hooks->refused_column);
}

/* Whether a DOCTYPE may stand: refuses (and halts on) an external DTD, records an internal
   subset. Called from the internalSubset callback, where the parser stands after the external id
   and the blanks after it: on "[" when there is an internal subset. */
static int checkup_doctype_allowed(void *ctx, const xmlChar *ExternalID, const xmlChar *SystemID) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (ExternalID || SystemID) {
        checkup_refuse_at_doctype(ctxt, hooks, CHECKUP_REFUSED_EXTERNAL_DTD);
        checkup_halt(ctxt);
        return 0;
    }
    if (ctxt && ctxt->input && ctxt->input->cur && *ctxt->input->cur == '[') {
        checkup_refuse_at_doctype(ctxt, hooks, CHECKUP_REFUSED_INTERNAL_SUBSET);
        return 0;
    }
    return 1;
}

/* Called when the DOCTYPE (with its internal subset) ends, before any element. */
static int checkup_doctype_done(void *ctx) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (hooks && hooks->refused != CHECKUP_REFUSED_NONE) {
        checkup_halt(ctxt);
        return 0;
    }
    return 1;
}

static void checkup_sax_internal_subset(void *ctx, const xmlChar *name, const xmlChar *ExternalID,
                                        const xmlChar *SystemID) {
    (void)name;
    (void)checkup_doctype_allowed(ctx, ExternalID, SystemID);
}

static void checkup_sax_external_subset(void *ctx, const xmlChar *name, const xmlChar *ExternalID,
                                        const xmlChar *SystemID) {
    (void)name; (void)ExternalID; (void)SystemID;
    (void)checkup_doctype_done(ctx);
}

static void checkup_tree_internal_subset(void *ctx, const xmlChar *name, const xmlChar *ExternalID,
                                         const xmlChar *SystemID) {
    if (checkup_doctype_allowed(ctx, ExternalID, SystemID))
        xmlSAX2InternalSubset(ctx, name, ExternalID, SystemID);
}

static void checkup_tree_external_subset(void *ctx, const xmlChar *name, const xmlChar *ExternalID,
                                         const xmlChar *SystemID) {
    if (checkup_doctype_done(ctx))
        xmlSAX2ExternalSubset(ctx, name, ExternalID, SystemID);
}

/* ---- Encoding ----------------------------------------------------------------------------------

   Checked again when the document starts (after the XML declaration), from the decoder libxml2
   actually chose: none means UTF-8. XMLEncodings refuses other encodings from the first bytes
   with a better message; this is the guarantee that nothing else is ever decoded. */
static int checkup_encoding_allowed(void *ctx) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (!ctxt || !hooks || !ctxt->input || !ctxt->input->buf || !ctxt->input->buf->encoder) return 1;
    const char *name = ctxt->input->buf->encoder->name ? ctxt->input->buf->encoder->name : "?";
    if (hooks->allow_utf16 && (!xmlStrncasecmp(BAD_CAST name, BAD_CAST "UTF-16", 6) || !xmlStrcasecmp(BAD_CAST name, BAD_CAST "UTF16")))
        return 1;
    if (hooks->allow_gb && (!xmlStrcasecmp(BAD_CAST name, BAD_CAST "GBK") || !xmlStrcasecmp(BAD_CAST name, BAD_CAST "GB2312")
                            || !xmlStrcasecmp(BAD_CAST name, BAD_CAST "GB18030") || !xmlStrcasecmp(BAD_CAST name, BAD_CAST "CP936")
                            || !xmlStrcasecmp(BAD_CAST name, BAD_CAST "GB_2312-80")))
        return 1;
    if (hooks->refused == CHECKUP_REFUSED_NONE) {
        hooks->refused = CHECKUP_REFUSED_ENCODING;
        hooks->refused_line = 1;
        hooks->refused_column = 1;
        snprintf(hooks->refused_encoding, sizeof hooks->refused_encoding, "%s", name);
    }
    checkup_halt(ctxt);
    return 0;
}

static void checkup_sax_start_document(void *ctx) {
    (void)checkup_encoding_allowed(ctx);
}

static void checkup_tree_start_document(void *ctx) {
    if (checkup_encoding_allowed(ctx)) xmlSAX2StartDocument(ctx);
}

/* The tree parser's text callbacks, counting each run of text between two tags against the
   hooks' text_limit before libxml2's own tree builder appends it. */
static void checkup_tree_characters(void *ctx, const xmlChar *ch, int len) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (hooks && hooks->text_limit > 0) {
        hooks->text_run += len;
        if (hooks->text_run > hooks->text_limit) {
            checkup_refuse(ctxt, hooks, CHECKUP_REFUSED_TEXT_TOO_LONG);
            return;
        }
    }
    xmlSAX2Characters(ctx, ch, len);
}

static void checkup_tree_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                       const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
                                       int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (hooks) hooks->text_run = 0;
    xmlSAX2StartElementNs(ctx, localname, prefix, URI, nb_namespaces, namespaces, nb_attributes,
                          nb_defaulted, attributes);
}

static void checkup_tree_end_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                     const xmlChar *URI) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    checkup_hooks *hooks = ctxt ? (checkup_hooks *)ctxt->_private : 0;
    if (hooks) hooks->text_run = 0;
    xmlSAX2EndElementNs(ctx, localname, prefix, URI);
}

/* A parser context over a memory buffer with our hooks: per-call errors, no entity declarations.
   Built by hand (not xmlCtxtReadMemory) so nothing resets the hooks before parsing starts. */
static inline xmlParserCtxtPtr checkup_new_memory_parser(const char *buffer, int size, int options,
                                                          checkup_hooks *hooks) {
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buffer, size);
    if (!ctxt) return 0;
    xmlCtxtUseOptions(ctxt, options);
    ctxt->_private = hooks;
    if (ctxt->sax) {
        ctxt->sax->serror = checkup_ctxt_error;
        ctxt->sax->entityDecl = checkup_entity_decl;
        ctxt->sax->unparsedEntityDecl = checkup_unparsed_entity_decl;
        ctxt->sax->warning = 0;
        ctxt->sax->error = 0;
        ctxt->sax->characters = checkup_tree_characters;
        ctxt->sax->ignorableWhitespace = checkup_tree_characters;
        ctxt->sax->startElementNs = checkup_tree_start_element;
        ctxt->sax->endElementNs = checkup_tree_end_element;
        ctxt->sax->internalSubset = checkup_tree_internal_subset;
        ctxt->sax->externalSubset = checkup_tree_external_subset;
        ctxt->sax->startDocument = checkup_tree_start_document;
    }
    if (hooks) hooks->parser = ctxt;
    ctxt->vctxt.error = 0;
    ctxt->vctxt.warning = 0;
    return ctxt;
}

static inline void checkup_schema_parser_hooks(xmlSchemaParserCtxtPtr p, checkup_hooks *hooks) {
    xmlSchemaSetParserStructuredErrors(p, checkup_hooks_error, hooks);
}

static inline void checkup_schema_valid_hooks(xmlSchemaValidCtxtPtr v, checkup_hooks *hooks) {
    xmlSchemaSetValidStructuredErrors(v, checkup_hooks_error, hooks);
}

/* ---- SAX2 event parsing (XMLEventParser) ----------------------------------------------------

   A push parser with our own SAX2 callbacks and, optionally, a schema validator plugged into the
   event stream (xmlSchemaSAXPlug). The plug replaces the context's userData with its own block,
   so the error callback cannot rely on `data`: it finds the parser context in the error itself
   (parser errors carry it in err->ctxt). Our element callbacks still receive the parser context
   (the plug forwards the original userData to them). */

/* Structured errors of a SAX parse; a reference to an undeclared entity (possible only with an
   external DTD that is never loaded) is refused like a declaration. */
static void checkup_sax_error(void *data, CHECKUP_ERROR_PTR err) {
    (void)data;
    if (!err || !err->ctxt) return;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)err->ctxt;
    checkup_hooks *hooks = (checkup_hooks *)ctxt->_private;
    if (!hooks) return;
    if (err->code == XML_WAR_UNDECLARED_ENTITY) {
        if (hooks->entity_declared_line == 0) {
            hooks->entity_declared_line = err->line > 0 ? err->line : 1;
            hooks->entity_declared_column = err->int2 > 0 ? err->int2 : 1;
        }
        checkup_halt(ctxt);
        return;
    }
    checkup_forward(hooks, err);
}

/* Schema errors raised while streaming get the parser's current line. */
static int checkup_sax_locator(void *ctx, const char **file, unsigned long *line) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (file) *file = 0;
    if (line) *line = (ctxt && ctxt->input) ? (unsigned long)ctxt->input->line : 0;
    return 0;
}

/* A push parser over `sax` (copied by libxml2) with our security hooks: entity declarations stop
   the parse, errors go to `hooks`. `first` must hold the document's first bytes (at least 4 when
   the document has them) so the encoding can be detected. */
static inline xmlParserCtxtPtr checkup_new_sax_parser(xmlSAXHandler *sax, const char *first, int size,
                                                      int options, checkup_hooks *hooks) {
    sax->initialized = XML_SAX2_MAGIC;
    sax->entityDecl = checkup_entity_decl;
    sax->unparsedEntityDecl = checkup_unparsed_entity_decl;
    sax->internalSubset = checkup_sax_internal_subset;
    sax->externalSubset = checkup_sax_external_subset;
    sax->startDocument = checkup_sax_start_document;
    sax->serror = checkup_sax_error;
    sax->warning = 0;
    sax->error = 0;
    sax->fatalError = 0;
    sax->reference = 0;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(sax, 0, first, size, 0);
    if (!ctxt) return 0;
    xmlCtxtUseOptions(ctxt, options);
    /* XML_PARSE_NOCDATA clears cdataBlock so that CDATA reaches `characters`; but a schema
       plugged in afterwards (xmlSchemaSAXPlug) routes CDATA to its own cdataBlockSplit, which
       hands it to the validator and to our (now absent) cdataBlock: the text of a CDATA section
       was validated and then dropped. Our cdataBlock is our characters callback; put it back. */
    if (ctxt->sax) ctxt->sax->cdataBlock = sax->cdataBlock;
    ctxt->_private = hooks;
    if (hooks) hooks->parser = ctxt;
    ctxt->vctxt.error = 0;
    ctxt->vctxt.warning = 0;
    return ctxt;
}

/* Plugs schema validation into a SAX parser made by checkup_new_sax_parser. The plug's own
   handler gets our error callback back, and no `reference` callback: libxml2 2.9 forwards it to
   the validator with the wrong context. */
static inline xmlSchemaSAXPlugPtr checkup_plug_schema(xmlParserCtxtPtr ctxt, xmlSchemaValidCtxtPtr valid,
                                                      checkup_hooks *hooks) {
    xmlSchemaSetValidStructuredErrors(valid, checkup_hooks_error, hooks);
    xmlSchemaValidateSetLocator(valid, checkup_sax_locator, ctxt);
    xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(valid, &ctxt->sax, &ctxt->userData);
    if (plug && ctxt->sax) {
        ctxt->sax->serror = checkup_sax_error;
        ctxt->sax->reference = 0;
    }
    return plug;
}

/* The hooks of a parser context made by checkup_new_sax_parser. */
static inline checkup_hooks *checkup_parser_hooks(void *ctx) {
    return ctx ? (checkup_hooks *)((xmlParserCtxtPtr)ctx)->_private : 0;
}

/* Where the parser is: line and column just after the last thing it read. */
static inline int checkup_parser_line(void *ctx) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    return (ctxt && ctxt->input) ? ctxt->input->line : 0;
}
static inline int checkup_parser_column(void *ctx) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    return (ctxt && ctxt->input) ? ctxt->input->col : 0;
}

/* Whether the parser met a fatal error or was stopped (nothing more will be reported). */
static inline int checkup_parser_done(xmlParserCtxtPtr ctxt) {
    return !ctxt || ctxt->wellFormed == 0 || ctxt->disableSAX != 0 || ctxt->instate == XML_PARSER_EOF;
}

static inline int checkup_parser_well_formed(xmlParserCtxtPtr ctxt) {
    return ctxt ? ctxt->wellFormed : 0;
}

/* Line of a node, including lines above 65535. */
static inline long checkup_node_line(xmlNodePtr node) { return xmlGetLineNo(node); }

#endif
