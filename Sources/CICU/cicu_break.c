// Break iteration over UTF-8 text through ICU's UText, so boundaries are UTF-8 offsets.
#include "cicu.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct cicu_break_iterator {
  UBreakIterator *iterator;
  UText *text;
};

cicu_break_iterator *cicu_break_open(int32_t kind, const char *locale, int32_t *error_code) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
  if (U_FAILURE(status)) {
    *error_code = status;
    return NULL;
  }
  cicu_break_iterator *result = calloc(1, sizeof(cicu_break_iterator));
  if (result == NULL) {
    ubrk_close(iterator);
    *error_code = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->iterator = iterator;
  *error_code = U_ZERO_ERROR;
  return result;
}

int32_t cicu_break_set_text(cicu_break_iterator *iterator, const uint8_t *text, int64_t length) {
  UErrorCode status = U_ZERO_ERROR;
  // Reuse the UText when there is one: utext_openUTF8 re-initialises it in place.
  iterator->text = utext_openUTF8(iterator->text, (const char *)text, length, &status);
  if (U_FAILURE(status)) {
    return status;
  }
  ubrk_setUText(iterator->iterator, iterator->text, &status);
  return U_FAILURE(status) ? status : 0;
}

int64_t cicu_break_fill(cicu_break_iterator *iterator, int64_t *boundaries, int32_t *statuses,
                        int64_t capacity) {
  int64_t count = 0;
  while (count < capacity) {
    int32_t boundary = ubrk_next(iterator->iterator);
    if (boundary == UBRK_DONE) {
      break;
    }
    // With a UTF-8 UText, ICU's native indexes are UTF-8 byte offsets. ubrk_next returns
    // int32_t, so this covers texts up to 2 GiB; callers keep articles far below that.
    boundaries[count] = boundary;
    if (statuses != NULL) {
      statuses[count] = ubrk_getRuleStatus(iterator->iterator);
    }
    count += 1;
  }
  return count;
}

void cicu_break_close(cicu_break_iterator *iterator) {
  if (iterator == NULL) {
    return;
  }
  ubrk_close(iterator->iterator);
  if (iterator->text != NULL) {
    utext_close(iterator->text);
  }
  free(iterator);
}
