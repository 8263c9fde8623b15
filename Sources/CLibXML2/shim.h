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
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/encoding.h>
#include <libxml/entities.h>

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
} checkup_hooks;

#if LIBXML_VERSION >= 21200
#define CHECKUP_ERROR_PTR const xmlError *
#else
#define CHECKUP_ERROR_PTR xmlErrorPtr
#endif

static void checkup_forward(checkup_hooks *hooks, CHECKUP_ERROR_PTR err) {
    if (!hooks || !hooks->sink_fn || !err) return;
    hooks->sink_fn(hooks->sink, err->domain, (int)err->level, err->line, err->int2, err->message);
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

/* Entity declarations are refused: record where and stop before anything can be expanded. */
static void checkup_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *publicId,
                                const xmlChar *systemId, xmlChar *content) {
    (void)name; (void)type; (void)publicId; (void)systemId; (void)content;
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (!ctxt) return;
    checkup_hooks *hooks = (checkup_hooks *)ctxt->_private;
    if (hooks && hooks->entity_declared_line == 0) {
        hooks->entity_declared_line = ctxt->input ? ctxt->input->line : 1;
        hooks->entity_declared_column = ctxt->input ? ctxt->input->col : 1;
        if (hooks->entity_declared_line <= 0) hooks->entity_declared_line = 1;
    }
    xmlStopParser(ctxt);
}

static void checkup_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *publicId,
                                         const xmlChar *systemId, const xmlChar *notationName) {
    (void)notationName;
    checkup_entity_decl(ctx, name, 0, publicId, systemId, 0);
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
    }
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

static inline void checkup_reader_hooks(xmlTextReaderPtr r, checkup_hooks *hooks) {
    xmlTextReaderSetStructuredErrorHandler(r, checkup_hooks_error, hooks);
}

/* Whether a document's internal subset declares any entity (the reader cannot hook the SAX
   entity callback, so it checks the document instead). */
static inline int checkup_doc_declares_entities(xmlDocPtr doc) {
    if (!doc || !doc->intSubset) return 0;
    return doc->intSubset->entities != 0 || doc->intSubset->pentities != 0;
}

/* Line of a node, including lines above 65535. */
static inline long checkup_node_line(xmlNodePtr node) { return xmlGetLineNo(node); }

#endif
