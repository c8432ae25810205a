// Normalization, case folding and transliteration of UTF-8 strings.
//
// ICU works on UTF-16 here, so each call converts UTF-8 -> UTF-16, transforms, and converts
// back. Callers keep these off the hot path (ASCII needs none of them).
#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct cicu_transliterator {
  UTransliterator *transliterator;
};

/// UTF-8 -> freshly allocated UTF-16. Returns NULL on failure.
static UChar *to_utf16(const uint8_t *source, int64_t length, int32_t *out_length,
                       UErrorCode *status) {
  if (length > INT32_MAX / 2) {
    *status = U_INDEX_OUTOFBOUNDS_ERROR;
    return NULL;
  }
  int32_t capacity = (int32_t)length + 1;
  UChar *buffer = malloc(sizeof(UChar) * (size_t)capacity);
  if (buffer == NULL) {
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  u_strFromUTF8WithSub(buffer, capacity, out_length, (const char *)source, (int32_t)length,
                       0xFFFD, NULL, status);
  if (U_FAILURE(*status)) {
    free(buffer);
    return NULL;
  }
  return buffer;
}

/// UTF-16 -> UTF-8 into the caller's buffer; returns the needed length.
static int64_t to_utf8(const UChar *source, int32_t length, uint8_t *destination,
                       int64_t capacity, int32_t *error_code) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed = 0;
  int32_t clamped = capacity > INT32_MAX ? INT32_MAX : (int32_t)capacity;
  u_strToUTF8WithSub((char *)destination, clamped, &needed, source, length, 0xFFFD, NULL,
                     &status);
  if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
    status = U_ZERO_ERROR;
  }
  if (U_FAILURE(status)) {
    *error_code = status;
    return -1;
  }
  *error_code = U_ZERO_ERROR;
  return needed;
}

typedef int32_t (*utf16_transform)(const UChar *, int32_t, UChar *, int32_t, UErrorCode *);

/// Runs a UTF-16 transform that follows ICU's preflighting protocol.
static int64_t transform_utf8(const uint8_t *source, int64_t length, uint8_t *destination,
                              int64_t capacity, int32_t *error_code, utf16_transform transform) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t input_length = 0;
  UChar *input = to_utf16(source, length, &input_length, &status);
  if (input == NULL) {
    *error_code = status;
    return -1;
  }
  int32_t output_capacity = input_length * 3 + 16;
  UChar *output = malloc(sizeof(UChar) * (size_t)output_capacity);
  if (output == NULL) {
    free(input);
    *error_code = U_MEMORY_ALLOCATION_ERROR;
    return -1;
  }
  int32_t output_length = transform(input, input_length, output, output_capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    free(output);
    output_capacity = output_length + 1;
    output = malloc(sizeof(UChar) * (size_t)output_capacity);
    status = U_ZERO_ERROR;
    if (output == NULL) {
      free(input);
      *error_code = U_MEMORY_ALLOCATION_ERROR;
      return -1;
    }
    output_length = transform(input, input_length, output, output_capacity, &status);
  }
  free(input);
  if (U_FAILURE(status)) {
    free(output);
    *error_code = status;
    return -1;
  }
  int64_t result = to_utf8(output, output_length, destination, capacity, error_code);
  free(output);
  return result;
}

static int32_t nfkc_utf16(const UChar *source, int32_t length, UChar *destination,
                          int32_t capacity, UErrorCode *status) {
  const UNormalizer2 *normalizer = unorm2_getNFKCInstance(status);
  if (U_FAILURE(*status)) {
    return 0;
  }
  return unorm2_normalize(normalizer, source, length, destination, capacity, status);
}

static int32_t fold_utf16(const UChar *source, int32_t length, UChar *destination,
                          int32_t capacity, UErrorCode *status) {
  return u_strFoldCase(destination, capacity, source, length, U_FOLD_CASE_DEFAULT, status);
}

int64_t cicu_normalize_nfkc(const uint8_t *source, int64_t length, uint8_t *destination,
                            int64_t capacity, int32_t *error_code) {
  return transform_utf8(source, length, destination, capacity, error_code, nfkc_utf16);
}

int64_t cicu_case_fold(const uint8_t *source, int64_t length, uint8_t *destination,
                       int64_t capacity, int32_t *error_code) {
  return transform_utf8(source, length, destination, capacity, error_code, fold_utf16);
}

cicu_transliterator *cicu_transliterator_open(const char *identifier, int32_t *error_code) {
  UErrorCode status = U_ZERO_ERROR;
  UChar id[256];
  int32_t id_length = 0;
  u_strFromUTF8(id, 256, &id_length, identifier, -1, &status);
  if (U_FAILURE(status)) {
    *error_code = status;
    return NULL;
  }
  UTransliterator *transliterator =
      utrans_openU(id, id_length, UTRANS_FORWARD, NULL, 0, NULL, &status);
  if (U_FAILURE(status)) {
    *error_code = status;
    return NULL;
  }
  cicu_transliterator *result = calloc(1, sizeof(cicu_transliterator));
  if (result == NULL) {
    utrans_close(transliterator);
    *error_code = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->transliterator = transliterator;
  *error_code = U_ZERO_ERROR;
  return result;
}

int64_t cicu_transliterate(cicu_transliterator *transliterator, const uint8_t *source,
                           int64_t length, uint8_t *destination, int64_t capacity,
                           int32_t *error_code) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t source_length = 0;
  UChar *original = to_utf16(source, length, &source_length, &status);
  if (original == NULL) {
    *error_code = status;
    return -1;
  }
  // utrans_transUChars works in place and fails when the text outgrows the buffer (Any-Latin
  // can lengthen text several times), so retry with more room until it fits.
  for (int32_t factor = 4; factor <= 64; factor *= 4) {
    int32_t text_capacity = source_length * factor + 16;
    UChar *text = malloc(sizeof(UChar) * (size_t)text_capacity);
    if (text == NULL) {
      free(original);
      *error_code = U_MEMORY_ALLOCATION_ERROR;
      return -1;
    }
    memcpy(text, original, sizeof(UChar) * (size_t)source_length);
    int32_t text_length = source_length;
    int32_t limit = source_length;
    status = U_ZERO_ERROR;
    utrans_transUChars(transliterator->transliterator, text, &text_length, text_capacity, 0,
                       &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      free(text);
      continue;
    }
    free(original);
    if (U_FAILURE(status)) {
      free(text);
      *error_code = status;
      return -1;
    }
    int64_t result = to_utf8(text, text_length, destination, capacity, error_code);
    free(text);
    return result;
  }
  free(original);
  *error_code = U_BUFFER_OVERFLOW_ERROR;
  return -1;
}

void cicu_transliterator_close(cicu_transliterator *transliterator) {
  if (transliterator == NULL) {
    return;
  }
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

const char *cicu_error_name(int32_t error_code) { return u_errorName((UErrorCode)error_code); }

const char *cicu_version(void) { return U_ICU_VERSION; }
