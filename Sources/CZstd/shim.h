// The system's zstd (Debian: libzstd-dev), for reading the collection of a current Anki package.
#include <zstd.h>
