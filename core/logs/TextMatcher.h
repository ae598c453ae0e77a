#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace capataz::logs {

// A byte range within a line's UTF-8 text.
struct ByteRange {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const ByteRange&) const = default;
};

// A compiled text condition on log lines: a substring or a regular expression, with or without
// case. Works on UTF-8 directly, and on many lines at once: find() searches a whole run of
// '\n'-separated lines (a chunk of the store) in one go, the way grep does.
//   - Substring, case-sensitive: SSE2 scan for the needle's first and last bytes, then memcmp.
//   - Substring, ignoring case, ASCII needle: the same scan with ASCII letters folded. Only
//     ASCII letters fold (as grep -i in the C locale): the Kelvin sign does not match "k".
//   - Substring, ignoring case, non-ASCII needle, and every regular expression: PCRE2 on UTF-8
//     with JIT (Unicode case folding: "É" matches "é"). A pattern is Perl's syntax; `^` and `$`
//     match at each line's start and end.
// Copies share the compiled pattern; the const functions may run on several threads at once.
class TextMatcher {
public:
    enum class Mode : quint8 { Substring, Regex };

    TextMatcher(); // empty: matches every line
    ~TextMatcher();
    TextMatcher(const TextMatcher&);
    TextMatcher& operator=(const TextMatcher&);

    // InvalidArgument with PCRE2's message and offset for a regular expression that does not
    // compile.
    [[nodiscard]] static Result<TextMatcher> create(const QString& pattern, Mode mode, bool caseSensitive);

    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }

    // PCRE2's match limit for one line (matches(), matchesIn()): about a millisecond of
    // backtracking at most.
    static constexpr quint32 kLineMatchLimit = 200'000;

    enum class Found : quint8 { Match, None, GaveUp };
    // The first match in [begin, end), a run of whole lines each ended by '\n'; the match may
    // run over a line end (a regex with \s, [^x]): the caller then asks matches() for that line
    // alone. GaveUp: PCRE2 hit its match limit over the many lines (a pattern that backtracks a
    // lot): the caller goes on line by line, where the limit applies to one line at a time.
    [[nodiscard]] Found find(const char* begin, const char* end, ByteRange* found) const;
    // Whether one line (no '\n' in it) matches. A line on which a regex hits PCRE2's match
    // limit does not match.
    [[nodiscard]] bool matches(QByteArrayView line) const;
    // Every match in a line, left to right, not overlapping (empty matches skipped): for
    // highlighting.
    [[nodiscard]] QList<ByteRange> matchesIn(QByteArrayView line) const;
    // True when find() over many lines is not the same as matches() per line (\A, \z, \G,
    // lookbehind): then scan line by line.
    [[nodiscard]] bool needsLineByLine() const { return m_lineByLine; }

    // UTF-8 byte ranges of `utf8` turned into UTF-16 ranges of its QString (what the view draws).
    [[nodiscard]] static QList<ByteRange> toUtf16(QByteArrayView utf8, const QList<ByteRange>& ranges);

private:
    enum class Kind : quint8 { Empty, Bytes, AsciiNoCase, Pcre };
    struct Pcre;

    [[nodiscard]] const char* findBytes(const char* begin, const char* end) const;
    [[nodiscard]] Found pcreFind(const char* subject, qsizetype length, qsizetype from, ByteRange* found,
                                 bool oneLine) const;

    Kind m_kind = Kind::Empty;
    bool m_lineByLine = false;
    QByteArray m_needle; // Bytes; AsciiNoCase: lower case
    std::shared_ptr<const Pcre> m_pcre;
};

} // namespace capataz::logs
