#include "metrics/ExpositionParser.h"

#include "metrics/ExpositionLexer.h"
#include "metrics/FamilyRules.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace capataz::metrics {

using namespace detail;

namespace {

class Parser {
public:
    Parser(Exposition& out, ExpositionFormat format, bool strict)
        : m_format(format)
        , m_strict(strict)
        , m_out(out)
        , m_rules(format, m_out, [this](Code c, qint32 line) { report(c, line); })
    {
        m_out.clear();
        m_out.format = format;
    }

    void run(std::string_view text)
    {
        const bool om = m_format == ExpositionFormat::OpenMetrics;
        // One guess instead of a doubling vector copied ~20 times: a sample line is rarely under
        // 24 bytes. Pages never written are never touched.
        m_out.samples.reserve(std::min<size_t>(text.size() / 24 + 16, size_t(1) << 26));
        const char* const data = text.data();
        const size_t size = text.size();
        size_t pos = 0;
        qint32 line = 0;
        bool eof = false;
        while (pos < size && !m_stop) {
            const void* nl = std::memchr(data + pos, '\n', size - pos);
            const size_t end = nl ? size_t(static_cast<const char*>(nl) - data) : size;
            const std::string_view l(data + pos, end - pos);
            pos = end + 1;
            ++line;
            if (eof) {
                report(Code::TextAfterEof, line);
                break;
            }
            if (om)
                eof = omLine(l, line);
            else
                promLine(l, line);
        }
        if (!m_stop)
            m_rules.finishFamily();
        if (om && !eof && !m_stop)
            report(Code::MissingEof, std::max(line, 1)); // an empty text: line 1
    }

private:
    void report(Code code, qint32 line)
    {
        if (m_stop)
            return;
        m_out.problems.push_back({code, line});
        if (m_strict)
            m_stop = true;
    }

    void promLine(std::string_view l, qint32 line)
    {
        size_t i = 0;
        while (i < l.size() && (l[i] == ' ' || l[i] == '\t'))
            ++i;
        if (i == l.size())
            return; // blank lines are allowed
        if (l[i] == '#') {
            metadata(l, line);
            return;
        }
        sample(l, line);
    }

    // Returns true on "# EOF".
    bool omLine(std::string_view l, qint32 line)
    {
        if (l.empty()) {
            report(Code::BlankLine, line);
            return false;
        }
        if (l[0] == '#')
            return metadata(l, line);
        sample(l, line);
        return false;
    }

    bool metadata(std::string_view l, qint32 line)
    {
        if (auto c = lexMetadata(l, m_format, m_meta)) {
            report(*c, line);
            return false;
        }
        if (m_meta.kind == MetadataLine::Kind::Eof)
            return true;
        if (m_meta.kind != MetadataLine::Kind::Comment)
            m_rules.metadata(m_meta, line);
        return false;
    }

    void sample(std::string_view l, qint32 line)
    {
        if (auto c = lexSample(l, m_format, m_sample)) {
            report(*c, line);
            return;
        }
        m_rules.sample(m_sample, line);
    }

    ExpositionFormat m_format;
    bool m_strict;
    bool m_stop = false;
    Exposition& m_out;
    FamilyRules m_rules;
    MetadataLine m_meta;
    SampleLine m_sample;
};

} // namespace

bool parseExpositionInto(Exposition& reuse, std::string_view text, ExpositionFormat format, bool lenient)
{
    Parser p(reuse, format, !lenient);
    p.run(text);
    return reuse.problems.empty();
}

std::expected<Exposition, ExpositionProblem> parseExpositionDetailed(std::string_view text,
                                                                     ExpositionFormat format)
{
    Exposition e;
    if (!parseExpositionInto(e, text, format, false))
        return std::unexpected(e.problems.front());
    return e;
}

Result<Exposition> parseExposition(std::string_view text, ExpositionFormat format)
{
    auto r = parseExpositionDetailed(text, format);
    if (!r)
        return std::unexpected(r.error().toError());
    return std::move(*r);
}

Exposition parseExpositionLenient(std::string_view text, ExpositionFormat format)
{
    Exposition e;
    parseExpositionInto(e, text, format, true);
    return e;
}

} // namespace capataz::metrics
