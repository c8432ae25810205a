// CICU: a thin C shim over the system ICU (libicu-dev).
//
// This header uses only <stdint.h> types and stable `cicu_*` names so that it never clashes
// with the ICU headers Foundation bundles. ICU headers are included only in the .c files.
// All text crosses this boundary as UTF-8; all offsets are UTF-8 byte offsets.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iteration.
enum {
  CICU_BREAK_WORD = 0,
  CICU_BREAK_SENTENCE = 1,
};

/// Rule-status ranges reported for word segments (ICU's UWordBreak values).
enum {
  CICU_WORD_NONE = 0,
  CICU_WORD_NONE_LIMIT = 100,
  CICU_WORD_NUMBER = 100,
  CICU_WORD_NUMBER_LIMIT = 200,
  CICU_WORD_LETTER = 200,
  CICU_WORD_LETTER_LIMIT = 300,
  CICU_WORD_KANA = 300,
  CICU_WORD_KANA_LIMIT = 400,
  CICU_WORD_IDEO = 400,
  CICU_WORD_IDEO_LIMIT = 500,
};

/// An opaque break iterator bound to (at most) one UTF-8 text at a time.
typedef struct cicu_break_iterator cicu_break_iterator;

/// Opens a break iterator of `kind` for `locale` (e.g. "en"). Returns NULL and sets
/// `*error_code` (an ICU UErrorCode) on failure.
cicu_break_iterator *cicu_break_open(int32_t kind, const char *locale, int32_t *error_code);

/// Points the iterator at `length` bytes of UTF-8 `text`. The bytes must stay alive and
/// unchanged until the next call to `cicu_break_set_text` or `cicu_break_close`.
/// Returns 0 on success, else an ICU error code.
int32_t cicu_break_set_text(cicu_break_iterator *iterator, const uint8_t *text, int64_t length);

/// Fills up to `capacity` boundaries after the current position into `boundaries`
/// (UTF-8 offsets) and the rule status of the segment ending at each into `statuses`
/// (may be NULL). Returns how many were written; 0 when the text is exhausted.
int64_t cicu_break_fill(cicu_break_iterator *iterator, int64_t *boundaries, int32_t *statuses,
                        int64_t capacity);

/// Closes the iterator and frees everything it owns. Accepts NULL.
void cicu_break_close(cicu_break_iterator *iterator);

/// NFKC-normalizes UTF-8 `source` into `destination`. Returns the needed length in bytes
/// (may exceed `capacity`, in which case call again with a larger buffer), or -1 on error
/// with `*error_code` set.
int64_t cicu_normalize_nfkc(const uint8_t *source, int64_t length, uint8_t *destination,
                            int64_t capacity, int32_t *error_code);

/// Applies Unicode full case folding to UTF-8 `source`. Same buffer protocol as
/// `cicu_normalize_nfkc`.
int64_t cicu_case_fold(const uint8_t *source, int64_t length, uint8_t *destination,
                       int64_t capacity, int32_t *error_code);

/// An opaque ICU transliterator.
typedef struct cicu_transliterator cicu_transliterator;

/// Opens a transliterator from an ASCII compound id such as "Any-Latin; Latin-ASCII".
cicu_transliterator *cicu_transliterator_open(const char *identifier, int32_t *error_code);

/// Transliterates UTF-8 `source`. Same buffer protocol as `cicu_normalize_nfkc`.
int64_t cicu_transliterate(cicu_transliterator *transliterator, const uint8_t *source,
                           int64_t length, uint8_t *destination, int64_t capacity,
                           int32_t *error_code);

/// Closes the transliterator. Accepts NULL.
void cicu_transliterator_close(cicu_transliterator *transliterator);

/// The symbolic name of an ICU error code ("U_ILLEGAL_ARGUMENT_ERROR"). Never NULL.
const char *cicu_error_name(int32_t error_code);

/// The ICU version string, e.g. "72.1".
const char *cicu_version(void);

#ifdef __cplusplus
}
#endif

#endif  // CICU_H
