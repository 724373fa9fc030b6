#include "vap/zip_archive.hpp"

#include "vap/error.hpp"
#include "vap/lazy_library.hpp"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace vap {
namespace {

// The functions of libzip that writing an archive calls, loaded with the library when the first
// archive is made (vap/lazy_library.hpp; linked in where VAP_LAZY_LIBRARIES is not set).
// clang-format off
#define VAP_ZIP_WRITE_FUNCTIONS(X) \
  X(zip_error_init) \
  X(zip_error_fini) \
  X(zip_error_strerror) \
  X(zip_source_buffer_create) \
  X(zip_source_buffer) \
  X(zip_source_keep) \
  X(zip_source_free) \
  X(zip_source_open) \
  X(zip_source_close) \
  X(zip_source_read) \
  X(zip_source_seek) \
  X(zip_source_tell) \
  X(zip_open_from_source) \
  X(zip_file_add) \
  X(zip_file_set_dostime) \
  X(zip_set_file_compression) \
  X(zip_close) \
  X(zip_discard) \
  X(zip_strerror)
// clang-format on

VAP_LAZY_API(ZipWriteApi, zip_write_api, VAP_ZIP_WRITE_FUNCTIONS, VAP_ZIP_FILE, VAP_ZIP_PACKAGE,
             ExitStatus::cant_create)

// DOS date of 1980-01-01 (the first day a zip can hold): year 0 since 1980, month 1, day 1.
constexpr zip_uint16_t k_dos_date = (0 << 9) | (1 << 5) | 1;
constexpr zip_uint16_t k_dos_time = 0;

[[noreturn]] void fail(Lang lang, const std::string& why) {
  throw Error(ExitStatus::cant_create, msg(lang, "cannot make the zip archive: {}", why));
}

} // namespace

std::string zip_archive(const std::vector<std::pair<std::string, std::string>>& entries,
                        Lang lang) {
  const ZipWriteApi& z = zip_write_api(lang);
  zip_error_t err;
  z.zip_error_init(&err);
  zip_source_t* buffer = z.zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) {
    const std::string why = z.zip_error_strerror(&err);
    z.zip_error_fini(&err);
    fail(lang, why);
  }
  // The archive writes into `buffer`, which outlives it (zip_close frees the sources it owns).
  z.zip_source_keep(buffer);
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> held(buffer, z.zip_source_free);
  zip_t* za = z.zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!za) {
    const std::string why = z.zip_error_strerror(&err);
    z.zip_error_fini(&err);
    fail(lang, why);
  }
  z.zip_error_fini(&err);
  for (const auto& [name, content] : entries) {
    zip_source_t* s = z.zip_source_buffer(za, content.data(), content.size(), 0);
    const zip_int64_t index = s ? z.zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      const std::string why = z.zip_strerror(za);
      if (s) z.zip_source_free(s);
      z.zip_discard(za);
      fail(lang, name + ": " + why);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (z.zip_file_set_dostime(za, i, k_dos_time, k_dos_date, 0) != 0 ||
        z.zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 9) != 0) {
      const std::string why = z.zip_strerror(za);
      z.zip_discard(za);
      fail(lang, name + ": " + why);
    }
  }
  if (z.zip_close(za) != 0) {
    const std::string why = z.zip_strerror(za);
    z.zip_discard(za);
    fail(lang, why);
  }
  // Read the archive back out of the buffer.
  if (z.zip_source_open(buffer) != 0) fail(lang, "the archive cannot be read back");
  std::string out;
  if (z.zip_source_seek(buffer, 0, SEEK_END) == 0) {
    const zip_int64_t size = z.zip_source_tell(buffer);
    if (size > 0 && z.zip_source_seek(buffer, 0, SEEK_SET) == 0) {
      out.resize(static_cast<std::size_t>(size));
      std::size_t got = 0;
      while (got < out.size()) {
        const zip_int64_t r = z.zip_source_read(buffer, out.data() + got, out.size() - got);
        if (r <= 0) break;
        got += static_cast<std::size_t>(r);
      }
      out.resize(got);
    }
  }
  z.zip_source_close(buffer);
  if (out.empty()) fail(lang, "the archive is empty");
  return out;
}

} // namespace vap
