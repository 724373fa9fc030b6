// gen_corpus: writes a deterministic national-scale corpus of workshop files (FORMAT.md, format 1)
// for the benchmarks: OUT_DIR/<region>/<aa-id>/municipality.yaml and .../sessions/sNN.yaml.
//
//   gen_corpus OUT_DIR [--municipalities 480] [--sessions 8] [--seed 1] [--warnings]
// --warnings: every other municipality (the odd numbers) has one problem that no catalog holds
// (with 0 dots) in its first session's gallery, one warning each, as real batches have.
//
// Output is identical on every platform: std::mt19937's sequence is fixed by the standard, and all
// derived values use integer arithmetic below (no std::*_distribution, no floating point).
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Draws from one std::mt19937 with rejection sampling, so every value is platform-independent.
class Rng {
public:
  explicit Rng(std::uint32_t seed) : m_engine(seed) {}

  // Uniform in [0, n); n > 0.
  std::uint32_t below(std::uint32_t n) {
    const std::uint64_t range = std::uint64_t{1} << 32;
    const std::uint64_t limit = range - range % n;
    for (;;) {
      const std::uint64_t x = static_cast<std::uint32_t>(m_engine());
      if (x < limit) return static_cast<std::uint32_t>(x % n);
    }
  }
  // Uniform in [lo, hi].
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
  }
  bool chance(std::uint32_t numerator, std::uint32_t denominator) {
    return below(denominator) < numerator;
  }
  template <typename T> const T& pick(const std::vector<T>& items) {
    return items[below(static_cast<std::uint32_t>(items.size()))];
  }
  // k distinct indices of [0, n), in drawing order (partial Fisher-Yates).
  std::vector<std::size_t> distinct(std::size_t n, std::size_t k) {
    std::vector<std::size_t> idx(n);
    for (std::size_t i = 0; i < n; ++i)
      idx[i] = i;
    k = std::min(k, n);
    for (std::size_t i = 0; i < k; ++i) {
      const std::size_t j = i + below(static_cast<std::uint32_t>(n - i));
      std::swap(idx[i], idx[j]);
    }
    idx.resize(k);
    return idx;
  }

private:
  std::mt19937 m_engine;
};

struct Region {
  std::string_view slug;
  std::string_view name;
  std::vector<std::string_view> districts;
  // Rough box of the region's villages, 10^-5 degrees: south, north, west, east.
  std::array<int, 4> box;
};

const std::vector<Region> k_regions = {
    {"batken",
     "Баткен облусу",
     {"Баткен району", "Кадамжай району", "Лейлек району"},
     {3960000, 4030000, 6960000, 7200000}},
    {"chui",
     "Чүй облусу",
     {"Аламүдүн району", "Жайыл району", "Кемин району", "Москва району", "Панфилов району",
      "Сокулук району", "Ысык-Ата району", "Чүй району"},
     {4240000, 4270000, 7300000, 7580000}},
    {"issyk-kul",
     "Ысык-Көл облусу",
     {"Ак-Суу району", "Жети-Өгүз району", "Ысык-Көл району", "Тоң району", "Түп району"},
     {4180000, 4270000, 7600000, 7950000}},
    {"jalal-abad",
     "Жалал-Абад облусу",
     {"Аксы району", "Ала-Бука району", "Базар-Коргон району", "Ноокен району", "Сузак району",
      "Тогуз-Торо району", "Токтогул району", "Чаткал району"},
     {4080000, 4200000, 7050000, 7350000}},
    {"naryn",
     "Нарын облусу",
     {"Ак-Талаа району", "Ат-Башы району", "Жумгал району", "Кочкор району", "Нарын району"},
     {4050000, 4200000, 7350000, 7850000}},
    {"osh",
     "Ош облусу",
     {"Алай району", "Араван району", "Кара-Кулжа району", "Кара-Суу району", "Ноокат району",
      "Өзгөн району", "Чоң-Алай району"},
     {3960000, 4080000, 7200000, 7450000}},
    {"talas",
     "Талас облусу",
     {"Бакай-Ата району", "Кара-Буура району", "Манас району", "Талас району"},
     {4200000, 4260000, 7100000, 7300000}},
};

struct NamePair {
  std::string_view ky;
  std::string_view slug;
};

const std::vector<NamePair> k_aa_names = {
    {"Ак-Суу", "ak-suu"},       {"Жаңы-Жол", "jany-jol"},
    {"Кара-Суу", "kara-suu"},   {"Ак-Талаа", "ak-talaa"},
    {"Кызыл-Туу", "kyzyl-tuu"}, {"Бел-Алма", "bel-alma"},
    {"Көк-Жар", "kok-jar"},     {"Чоң-Таш", "chong-tash"},
    {"Төрт-Көл", "tort-kol"},   {"Орто-Сай", "orto-sai"},
    {"Кең-Сай", "keng-sai"},    {"Сары-Булак", "sary-bulak"},
    {"Ала-Тоо", "ala-too"},     {"Кара-Булак", "kara-bulak"},
    {"Терек-Сай", "terek-sai"}, {"Арал", "aral"},
    {"Бос-Терек", "bos-terek"}, {"Таш-Көмүр", "tash-komur"},
    {"Ак-Терек", "ak-terek"},   {"Кыз-Көл", "kyz-kol"},
    {"Мырза-Аке", "myrza-ake"}, {"Үч-Коргон", "uch-korgon"},
    {"Достук", "dostuk"},       {"Ынтымак", "yntymak"},
};

const std::vector<std::string_view> k_villages = {
    "Кербен",      "Ак-Суу",      "Жаңы-Жол",  "Кара-Жыгач", "Сары-Камыш",   "Ак-Булак",
    "Кызыл-Булак", "Арча-Бешик",  "Таш-Булак", "Көк-Таш",    "Ак-Кыя",       "Бешик-Жон",
    "Достук",      "Ынтымак",     "Жаңы-Айыл", "Орто-Айыл",  "Төмөнкү-Айыл", "Жогорку-Айыл",
    "Кара-Ой",     "Чычкан",      "Бакай",     "Дыйкан",     "Кайыңды",      "Талды-Булак",
    "Терек",       "Шамалды-Сай", "Кош-Дөбө",  "Ырыс",       "Береке",       "Кулжа",
};

const std::vector<std::string_view> k_facilitators = {
    "Айгүл Т.",  "Нурлан А.", "Гүлнара С.", "Бакыт М.",  "Жыпар К.",
    "Азамат Ж.", "Чолпон Б.", "Эрлан О.",   "Динара Р.", "Мирлан Ч.",
};

const std::vector<std::string_view> k_groups = {"young-women", "young-men", "older-women",
                                                "older-men",   "youth",     "mixed"};

const std::vector<std::string_view> k_revenue = {
    "land-tax",        "property-tax",       "income-tax",        "patent-fees",
    "non-tax-revenue", "equalization-grant", "categorical-grants"};
const std::vector<std::string_view> k_expenditure = {
    "education",      "preschools",        "culture",        "housing-utilities",
    "administration", "social-protection", "roads-transport"};

const std::vector<std::string_view> k_categories = {
    "school",  "kindergarten", "road",          "bridge",        "water-source", "irrigation-canal",
    "pasture", "health-post",  "culture-house", "sports-ground", "street-light", "landfill"};

const std::vector<std::string_view> k_conditions = {"good", "fair", "poor", "absent"};

const std::vector<std::string_view> k_rivers = {"Кара-Дарыя", "Нарын",    "Талас",   "Чүй",
                                                "Ак-Суу",     "Кара-Суу", "Ысык-Ата"};
const std::vector<std::string_view> k_streets = {"Борбордук көчө",  "Ленин көчөсү",
                                                 "Мектеп көчөсү",   "Манас көчөсү",
                                                 "Токтогул көчөсү", "Жаштар көчөсү"};

const std::vector<std::string_view> k_map_notes = {
    "чатыры агат, оңдоону талап кылат",
    "жаңы курулган, абалы жакшы",
    "суу үзгүлтүк менен берилет, жайкысын таптакыр жок",
    "кечинде жарык жок, балдар караңгыда жүрөт",
    "жазында сел жууп кетет, жол бузулат",
    "эски имарат, 1970-жылы курулган",
    "мугалимдер жана адистер жетишсиз",
    "жайыт комитети менен макулдашуу керек",
    "калк өз күчү менен тазалап турат",
    "жайкысын мал көп, жайыт тебеленет",
    "кышкысын жылытуу жок, балдар суук өтөт",
    "таштанды чогултулбайт, дарыяга агат",
};

struct Institution {
  std::string_view name;
  std::string_view type;
};

const std::vector<Institution> k_institutions = {
    {"Айыл өкмөтү", "local-institution"},
    {"Айылдык кеңеш", "local-institution"},
    {"Мектеп", "local-institution"},
    {"Бала бакча", "local-institution"},
    {"ФАП", "local-institution"},
    {"Жайыт комитети", "community-group"},
    {"Суу пайдалануучулар ассоциациясы", "community-group"},
    {"Аксакалдар соту", "community-group"},
    {"Аялдар кеңеши", "community-group"},
    {"Мечит", "community-group"},
    {"Милиция", "external"},
    {"Райондук администрация", "external"},
};

const std::vector<std::string_view> k_venn_notes = {
    "жыйындарга дайыма катышат", "кайрылганда жардам берет, бирок кечигип",
    "калк менен байланышы аз",   "маалымат бербейт, кабыл алуу күнү белгисиз",
    "жаштар менен иштейт",       "райондо жайгашкан, барыш кыйын",
};

// One problem of the gallery and the spellings facilitators use for it (all match one catalog
// entry). `weight` makes some problems more popular than others, as in real galleries.
struct Problem {
  std::vector<std::string_view> spellings;
  std::uint32_t weight;
};

const std::vector<Problem> k_problems = {
    {{"Питьевая вода", "Ичүүчү суу"}, 10},
    {{"Дороги", "Жолдор"}, 9},
    {{"Доступ к бюджетной информации"}, 3},
    {{"Состояние школ"}, 5},
    {{"Дошкольное образование", "Бала бакча"}, 6},
    {{"Ирригация"}, 7},
    {{"Условия для спорта и отдыха молодежи"}, 5},
    {{"Мусор"}, 5},
    {{"Места для отдыха"}, 2},
    {{"Уличное освещение"}, 5},
    {{"Экология"}, 2},
    {{"Электроснабжение"}, 4},
    {{"Мосты"}, 3},
    {{"Дренажная система"}, 2},
    {{"Качество медицинских услуг"}, 4},
    {{"Условия ведения бизнеса"}, 2},
    {{"Сельхозтехника"}, 3},
    {{"Безработица"}, 4},
};

// Decodes one UTF-8 code point at `i` (input is our own valid UTF-8) and advances `i`.
char32_t decode(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  if ((b & 0xE0) == 0xC0) {
    const char32_t c = ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    i += 2;
    return c;
  }
  const char32_t c = ((b & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                     (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  i += 3;
  return c;
}

void encode(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Upper or lower case for ASCII, Russian and the Kyrgyz letters ң ө ү.
char32_t to_case(char32_t c, bool upper) {
  if (upper) {
    if (c >= U'a' && c <= U'z') return c - 0x20;
    if (c >= 0x430 && c <= 0x44F) return c - 0x20;
    if (c == 0x451) return 0x401;
    if (c == 0x4A3 || c == 0x4AF || c == 0x4E9) return c - 1;
    return c;
  }
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c == 0x401) return 0x451;
  if (c == 0x4A2 || c == 0x4AE || c == 0x4E8) return c + 1;
  return c;
}

enum class Variant { AsIs, Upper, Lower, DoubleSpace, LowerDoubleSpace };

// A hand-typed spelling of `name`: "ПИТЬЕВАЯ ВОДА", "питьевая  вода", ...
std::string vary(std::string_view name, Variant v) {
  std::string out;
  std::size_t i = 0;
  while (i < name.size()) {
    char32_t c = decode(name, i);
    if (v == Variant::Upper)
      c = to_case(c, true);
    else if (v == Variant::Lower || v == Variant::LowerDoubleSpace)
      c = to_case(c, false);
    encode(c, out);
    if (c == U' ' && (v == Variant::DoubleSpace || v == Variant::LowerDoubleSpace)) out += ' ';
  }
  return out;
}

// Integer in units of 10^-decimals printed as a fixed-point decimal.
std::string fixed(long long value, int decimals) {
  std::string sign = value < 0 ? "-" : "";
  unsigned long long v = static_cast<unsigned long long>(value < 0 ? -value : value);
  unsigned long long scale = 1;
  for (int i = 0; i < decimals; ++i)
    scale *= 10;
  std::string frac = std::to_string(v % scale);
  frac.insert(0, static_cast<std::size_t>(decimals) - frac.size(), '0');
  return sign + std::to_string(v / scale) + (decimals > 0 ? "." + frac : "");
}

std::string two_digits(int n) {
  std::string s = std::to_string(n);
  if (s.size() < 2) s.insert(s.begin(), '0');
  return s;
}

std::string padded(std::size_t n, std::size_t width) {
  std::string s = std::to_string(n);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

// One or two sentences from `sentences`, as facilitators jot them beside a drawing.
std::string note(Rng& rng, const std::vector<std::string_view>& sentences) {
  const std::string_view first = rng.pick(sentences);
  std::size_t i = 0;
  std::string out;
  encode(to_case(decode(first, i), true), out); // capital first letter
  out += first.substr(i);
  if (rng.chance(1, 2)) {
    out += ". ";
    out += rng.pick(sentences);
  }
  return out;
}

struct Municipality {
  std::string id;
  std::vector<std::string> villages;
  long long lat = 0; // centre, 10^-5 degrees
  long long lon = 0;
  std::vector<std::uint32_t> weights; // this municipality's leaning, per problem
};

std::string map_object_name(Rng& rng, std::string_view category, const Municipality& m) {
  const std::string village = rng.pick(m.villages);
  const std::string n = std::to_string(rng.between(1, 12));
  if (category == "school")
    return rng.chance(1, 2) ? "№" + n + " орто мектеп" : village + " орто мектеби";
  if (category == "kindergarten")
    return rng.chance(1, 2) ? village + " бала бакчасы" : "Балапан бала бакчасы";
  if (category == "road") {
    if (rng.chance(1, 2)) return std::string(rng.pick(k_streets));
    return village + " - " + rng.pick(m.villages) + " жолу";
  }
  if (category == "bridge") return std::string(rng.pick(k_rivers)) + " көпүрөсү";
  if (category == "water-source")
    return rng.chance(1, 2) ? "Ичүүчү суу скважинасы №" + n : village + " булагы";
  if (category == "irrigation-canal")
    return rng.chance(1, 2) ? std::string("Чоң арык") : village + " арыгы";
  if (category == "pasture")
    return rng.chance(1, 2) ? std::string(rng.chance(1, 2) ? "Жайкы жайыт" : "Кышкы жайыт")
                            : village + " жайыты";
  if (category == "health-post")
    return rng.chance(1, 2) ? village + " ФАПы" : std::string("Үй-бүлөлүк дарыгерлер тобу");
  if (category == "culture-house")
    return rng.chance(1, 2) ? village + " маданият үйү" : std::string("Айылдык клуб");
  if (category == "sports-ground")
    return rng.chance(1, 2) ? std::string("Спорт аянтчасы") : village + " футбол талаасы";
  if (category == "street-light") return std::string(rng.pick(k_streets)) + " жарыктандыруусу";
  return rng.chance(1, 2) ? std::string("Таштанды төгүүчү жай") : village + " четиндеги таштанды";
}

std::string municipality_file(Rng& rng, Municipality& m, std::size_t number, const Region& region) {
  const NamePair& base = k_aa_names[(number - 1) % k_aa_names.size()];
  std::string out = "vap: 1\nmunicipality:\n";
  out += "  id: " + m.id + "\n";
  out += "  name: " + std::string(base.ky) + " айыл аймагы " + std::to_string(number) + "\n";
  out += "  region: " + std::string(region.name) + "\n";
  out += "  district: " + std::string(rng.pick(region.districts)) + "\n";
  const auto village_idx =
      rng.distinct(k_villages.size(), static_cast<std::size_t>(rng.between(2, 5)));
  out += "  villages: [";
  for (std::size_t i = 0; i < village_idx.size(); ++i) {
    m.villages.emplace_back(k_villages[village_idx[i]]);
    out += (i ? ", " : "") + m.villages.back();
  }
  out += "]\n";
  out += "  population: " + std::to_string(rng.between(3000, 25000)) + "\n";
  out += "  priorities: 5\n";
  out += std::string("lang: ") + (rng.chance(3, 4) ? "ky" : "ru") + "\n";
  out += "budget:\n  year: 2015\n  unit: миң сом\n  revenue:\n";
  for (auto item : k_revenue) {
    const int tenths =
        item == "equalization-grant" ? rng.between(20000, 60000) : rng.between(500, 15000);
    out += "    " + std::string(item) + ": " + fixed(tenths, 1) + "\n";
  }
  out += "  expenditure:\n";
  for (auto item : k_expenditure)
    out += "    " + std::string(item) + ": " + fixed(rng.between(1000, 30000), 1) + "\n";
  return out;
}

std::string session_file(Rng& rng, const Municipality& m, int index) {
  std::string out = "vap: 1\nsession:\n";
  const int day = 1 + (2 * (index - 1) + static_cast<int>(rng.below(2))) % 28;
  out += "  date: 2015-03-" + two_digits(day) + "\n";
  out += "  village: " + rng.pick(m.villages) + "\n";
  const std::string_view group = rng.pick(k_groups);
  out += "  group: " + std::string(group) + "\n";
  const int participants = rng.between(10, 25);
  const bool by_gender = (group == "mixed" || group == "youth") && rng.chance(2, 3);
  int women = 0;
  int men = 0;
  if (by_gender) {
    women = rng.between(3, participants - 3);
    men = participants - women;
    out += "  participants: {women: " + std::to_string(women) + ", men: " + std::to_string(men) +
           "}\n";
  } else {
    out += "  participants: " + std::to_string(participants) + "\n";
  }
  out += "  facilitator: " + std::string(rng.pick(k_facilitators)) + "\n";

  out += "\nmap:\n";
  const int objects = rng.between(6, 10);
  for (int i = 0; i < objects; ++i) {
    const std::string_view category = rng.pick(k_categories);
    out += "  - name: " + map_object_name(rng, category, m) + "\n";
    out += "    category: " + std::string(category) + "\n";
    out += "    condition: " + std::string(rng.pick(k_conditions)) + "\n";
    out += "    note: " + note(rng, k_map_notes) + "\n";
    if (rng.chance(1, 2)) {
      const long long lat = m.lat + rng.between(-5000, 5000);
      const long long lon = m.lon + rng.between(-5000, 5000);
      out += "    location: [" + fixed(lat, 5) + ", " + fixed(lon, 5) + "]\n";
    }
  }

  out += "\nvenn:\n";
  for (std::size_t i :
       rng.distinct(k_institutions.size(), static_cast<std::size_t>(rng.between(6, 10)))) {
    out += "  - name: " + std::string(k_institutions[i].name) + "\n";
    out += "    type: " + std::string(k_institutions[i].type) + "\n";
    out += "    importance: " + std::to_string(rng.between(1, 5)) + "\n";
    out += "    closeness: " + std::to_string(rng.between(1, 5)) + "\n";
    out += "    note: " + note(rng, k_venn_notes) + "\n";
  }

  out += "\npie:\n  revenue:\n";
  for (std::size_t i : rng.distinct(k_revenue.size(), static_cast<std::size_t>(rng.between(3, 7))))
    out += "    " + std::string(k_revenue[i]) + ": " + std::to_string(rng.between(1, 40)) + "\n";
  out += "  expenditure:\n";
  for (std::size_t i :
       rng.distinct(k_expenditure.size(), static_cast<std::size_t>(rng.between(3, 7))))
    out +=
        "    " + std::string(k_expenditure[i]) + ": " + std::to_string(rng.between(1, 40)) + "\n";

  // Gallery: k distinct problems (weighted by the municipality's leaning), then dots one by one.
  const std::size_t k = static_cast<std::size_t>(rng.between(5, 12));
  std::vector<std::size_t> chosen;
  std::vector<std::uint32_t> w = m.weights;
  while (chosen.size() < k) {
    std::uint32_t total = 0;
    for (auto x : w)
      total += x;
    std::uint32_t r = rng.below(total);
    std::size_t p = 0;
    while (r >= w[p]) {
      r -= w[p];
      ++p;
    }
    chosen.push_back(p);
    w[p] = 0;
  }
  const bool by_colour = by_gender && rng.chance(1, 2);
  // Most participants place all their dots; a few keep some.
  auto dots_of = [&](int people) {
    return people * 3 - static_cast<int>(rng.below(static_cast<std::uint32_t>(people / 2 + 1)));
  };
  const int colours = by_colour ? 2 : 1;
  std::vector<std::array<int, 2>> votes(k, {0, 0});
  for (int c = 0; c < colours; ++c) {
    const int dots = dots_of(by_colour ? (c == 0 ? women : men) : participants);
    std::uint32_t total = 0;
    for (std::size_t p : chosen)
      total += m.weights[p];
    for (int d = 0; d < dots; ++d) {
      std::uint32_t r = rng.below(total);
      std::size_t j = 0;
      while (r >= m.weights[chosen[j]]) {
        r -= m.weights[chosen[j]];
        ++j;
      }
      ++votes[j][static_cast<std::size_t>(c)];
    }
  }
  out += "\ngallery:\n  dots: 3\n  votes:\n";
  for (std::size_t j = 0; j < k; ++j) {
    const Problem& problem = k_problems[chosen[j]];
    const std::string_view spelling = rng.pick(problem.spellings);
    const std::uint32_t roll = rng.below(10);
    const Variant v = roll < 6   ? Variant::AsIs
                      : roll < 7 ? Variant::Upper
                      : roll < 8 ? Variant::Lower
                      : roll < 9 ? Variant::DoubleSpace
                                 : Variant::LowerDoubleSpace;
    out += "    " + vary(spelling, v) + ": ";
    if (by_colour)
      out += "{women: " + std::to_string(votes[j][0]) + ", men: " + std::to_string(votes[j][1]) +
             "}\n";
    else
      out += std::to_string(votes[j][0]) + "\n";
  }
  return out;
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!f) {
    std::cerr << "gen_corpus: cannot write " << path.string() << "\n";
    std::exit(73);
  }
}

[[noreturn]] void usage() {
  std::cerr << "usage: gen_corpus OUT_DIR [--municipalities 480] [--sessions 8] [--seed 1] "
               "[--warnings]\n";
  std::exit(64);
}

unsigned long parse_count(const char* text) {
  char* end = nullptr;
  const unsigned long v = std::strtoul(text, &end, 10);
  if (end == text || *end != '\0') usage();
  return v;
}

} // namespace

int main(int argc, char** argv) {
  std::string out_dir;
  std::size_t municipalities = 480;
  int sessions = 8;
  std::uint32_t seed = 1;
  bool warnings = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--municipalities" && i + 1 < argc)
      municipalities = parse_count(argv[++i]);
    else if (arg == "--sessions" && i + 1 < argc)
      sessions = static_cast<int>(parse_count(argv[++i]));
    else if (arg == "--seed" && i + 1 < argc)
      seed = static_cast<std::uint32_t>(parse_count(argv[++i]));
    else if (arg == "--warnings")
      warnings = true;
    else if (!arg.empty() && arg[0] != '-' && out_dir.empty())
      out_dir = arg;
    else
      usage();
  }
  if (out_dir.empty() || municipalities == 0 || sessions < 1 || sessions > 99) usage();

  const std::size_t width = std::max<std::size_t>(3, std::to_string(municipalities).size());
  std::size_t files = 0;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < municipalities; ++i) {
    // Regions hold contiguous runs of municipalities, so sorted folder order = generation order.
    const Region& region = k_regions[i * k_regions.size() / municipalities];
    const std::size_t number = i + 1;
    // Each municipality has its own stream: its content does not depend on the others.
    Rng rng(seed * 2654435761u + static_cast<std::uint32_t>(number));
    Municipality m;
    m.id = std::string(k_aa_names[(number - 1) % k_aa_names.size()].slug) + "-" +
           padded(number, width);
    m.lat = rng.between(region.box[0], region.box[1]);
    m.lon = rng.between(region.box[2], region.box[3]);
    for (const Problem& p : k_problems)
      m.weights.push_back(p.weight * static_cast<std::uint32_t>(rng.between(1, 4)));

    const fs::path dir = fs::path(out_dir) / std::string(region.slug) / m.id;
    fs::create_directories(dir / "sessions");
    const std::string muni = municipality_file(rng, m, number, region);
    write_file(dir / "municipality.yaml", muni);
    ++files;
    bytes += muni.size();
    for (int s = 1; s <= sessions; ++s) {
      std::string text = session_file(rng, m, s);
      if (warnings && number % 2 == 1 && s == 1) {
        const std::size_t at = text.find("\n  votes:\n");
        if (at != std::string::npos) text.insert(at + 10, "    Мал доктур: 0\n");
      }
      std::string name = "s";
      name += two_digits(s);
      name += ".yaml";
      write_file(dir / "sessions" / name, text);
      ++files;
      bytes += text.size();
    }
  }
  std::cout << "files=" << files << " bytes=" << bytes << " dir=" << out_dir << "\n";
  return 0;
}
