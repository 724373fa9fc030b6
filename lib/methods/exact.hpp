#pragma once
// Exact arithmetic for the budget rules (private to lib/methods): GMP's integers and rationals
// from 64-bit amounts, and a 128-bit integer for comparing products of them.
#include <gmpxx.h>

#include <climits>

namespace vap {

__extension__ typedef __int128 Int128;

// GMP has no constructor from long long, and long has 32 bits on Windows.
inline mpz_class big(long long v) {
  if (v >= LONG_MIN && v <= LONG_MAX) return mpz_class(static_cast<long>(v));
  const bool negative = v < 0;
  unsigned long long u =
      negative ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  mpz_class out(static_cast<unsigned long>(u >> 32));
  out <<= 32;
  out += static_cast<unsigned long>(u & 0xffffffffULL);
  return negative ? mpz_class(-out) : out;
}

inline mpq_class ratio(long long num, long long den) {
  mpq_class q(big(num), big(den));
  q.canonicalize();
  return q;
}

} // namespace vap
