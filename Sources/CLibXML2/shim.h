#ifndef INFOLETTRE_CLIBXML2_SHIM_H
#define INFOLETTRE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so encoding.h would include <unicode/ucnv.h>, whose types clash with the
   ICU copy inside Foundation ("'UErrorCode' has different definitions in different modules"). The ICU members
   only change the layout of xmlCharEncodingHandler, which Swift code never touches by value. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#endif
