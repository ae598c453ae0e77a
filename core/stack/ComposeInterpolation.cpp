#include "stack/ComposeInterpolation.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

// Nesting of defaults in defaults; compose has no limit, a hostile file must not exhaust the stack.
constexpr int kMaxNesting = 32;

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'_' || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() >= u'0' && c.unicode() <= u'9');
}

bool isOperator(QChar c)
{
    return c == u'-' || c == u'+' || c == u'?';
}

// compose-go's getFirstBraceClosingIndex, quirks included: every '{' opens (and the character
// after it is skipped), the '}' that brings the count back to zero closes; -1 when none does.
qsizetype firstClosingBrace(QStringView s)
{
    int open = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'}' && --open == 0)
            return i;
        if (s[i] == u'{') {
            ++open;
            ++i;
        }
    }
    return -1;
}

class Interpolator {
public:
    Interpolator(const VariableLookup& lookup, QStringList* unset)
        : m_lookup(lookup)
        , m_unset(unset)
    {}

    // compose-go applies its pattern
    //   \$(?i:(\$)|([_a-z][_a-z0-9]*)|{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)}|()))
    // left to right; this walks the text the same way. `base`: where `text` starts in the
    // outermost text, for error offsets.
    std::expected<QString, InterpolationError> run(QStringView text, int depth, qsizetype base)
    {
        QString out;
        out.reserve(text.size());
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (i < n) {
            if (text[i] != u'$' || i + 1 >= n) {
                out += text[i++];
                continue;
            }
            const QChar next = text[i + 1];
            if (next == u'$') {
                out += u'$';
                i += 2;
                continue;
            }
            if (isNameStart(next)) {
                qsizetype end = i + 2;
                while (end < n && isNameChar(text[end]))
                    ++end;
                out += plain(text.sliced(i + 1, end - i - 1).toString());
                i = end;
                continue;
            }
            if (next != u'{') {
                out += text[i++];
                continue;
            }
            // "${": a name, then "}" or an operator.
            qsizetype nameEnd = i + 2;
            if (nameEnd < n && isNameStart(text[nameEnd])) {
                while (nameEnd < n && isNameChar(text[nameEnd]))
                    ++nameEnd;
            }
            const QString name = text.sliced(i + 2, nameEnd - i - 2).toString();
            if (name.isEmpty() || nameEnd >= n)
                return invalid(base + i);
            if (text[nameEnd] == u'}') {
                out += plain(name);
                i = nameEnd + 1;
                continue;
            }
            const bool colon = text[nameEnd] == u':';
            const qsizetype opAt = colon ? nameEnd + 1 : nameEnd;
            if (opAt >= n || !isOperator(text[opAt]))
                return invalid(base + i);
            const QChar op = text[opAt];
            // The pattern's (.*) runs to the last '}' of the line; compose then cuts the match
            // at the brace that closes this "${" and interpolates what follows on its own.
            const qsizetype argBegin = opAt + 1;
            qsizetype lineEnd = text.indexOf(u'\n', argBegin);
            if (lineEnd < 0)
                lineEnd = n;
            const qsizetype lastBrace = lineEnd > argBegin ? text.lastIndexOf(u'}', lineEnd - 1) : -1;
            if (lastBrace < argBegin)
                return invalid(base + i);
            const qsizetype cut = firstClosingBrace(text.sliced(i, lastBrace + 1 - i));
            const qsizetype close = cut < 0 ? lastBrace : i + cut;
            // The default, alternative or message is interpolated only when it is used.
            const QStringView arg = text.sliced(argBegin, close - argBegin);
            const std::optional<QString> value = m_lookup(name);
            const bool empty = !value || value->isEmpty();
            // "-" and "?" use it when the variable is unset (or empty, with ':'), "+" when it is set.
            const bool useArg = op == u'+' ? (colon ? !empty : value.has_value()) : (colon ? empty : !value);
            if (!useArg) {
                out += value.value_or(QString());
                i = close + 1;
                continue;
            }
            if (depth + 1 > kMaxNesting)
                return invalid(base + i);
            auto expanded = run(arg, depth + 1, base + argBegin);
            if (!expanded)
                return expanded;
            if (op == u'?')
                return std::unexpected(InterpolationError{InterpolationError::Code::RequiredVariableMissing,
                                                          name, *expanded, base + i});
            out += *expanded;
            i = close + 1;
        }
        return out;
    }

private:
    QString plain(const QString& name)
    {
        const std::optional<QString> value = m_lookup(name);
        if (!value && m_unset && !m_unset->contains(name))
            m_unset->append(name);
        return value.value_or(QString());
    }

    static std::unexpected<InterpolationError> invalid(qsizetype offset)
    {
        return std::unexpected(
            InterpolationError{InterpolationError::Code::InvalidInterpolation, QString(), QString(), offset});
    }

    const VariableLookup& m_lookup;
    QStringList* m_unset;
};

} // namespace

QString InterpolationError::codeName() const
{
    switch (code) {
    case Code::RequiredVariableMissing:
        return u"required-variable-missing"_s;
    case Code::InvalidInterpolation:
        break;
    }
    return u"invalid-interpolation"_s;
}

QString InterpolationError::message() const
{
    switch (code) {
    case Code::RequiredVariableMissing:
        return reason.isEmpty() ? u"required variable %1 is missing a value"_s.arg(variable)
                                : u"required variable %1 is missing a value: %2"_s.arg(variable, reason);
    case Code::InvalidInterpolation:
        break;
    }
    return u"invalid interpolation: the \"${\" at character %1 is not ${NAME}, ${NAME:-default}, "
           u"${NAME:?message} or ${NAME:+alternative}"_s.arg(offset + 1);
}

std::expected<QString, InterpolationError> interpolate(QStringView text, const VariableLookup& lookup,
                                                       QStringList* unset)
{
    return Interpolator(lookup, unset).run(text, 0, 0);
}

} // namespace capataz::stack
