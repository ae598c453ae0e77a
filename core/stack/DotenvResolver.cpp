#include "stack/DotenvResolver.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

// Go's strconv.UnquoteChar on "\\" + `s` (three octal digits, at most 0377), as compose-go uses it.
std::optional<QChar> octal(QStringView digits)
{
    if (digits.size() != 3)
        return std::nullopt;
    int v = 0;
    for (const QChar d : digits) {
        if (d < u'0' || d > u'7')
            return std::nullopt;
        v = v * 8 + (d.unicode() - u'0');
    }
    return v <= 0xff ? std::optional<QChar>(QChar(v)) : std::nullopt;
}

// compose-go's expandEscapes, on the text its quote loop kept: it finds
// \\([abcfnrtv$"\\]|0\d{0,3}); "\$" becomes "$$" (a dollar for interpolation), "\0NNN" is the octal
// escape "\NNN", and Go's UnquoteChar decodes the rest; what it refuses stays as found ("\c"),
// except that "\0" has already lost its 0 then.
QString expandEscapes(QStringView s)
{
    static const QString simple = u"abcfnrtv$\"\\"_s;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] != u'\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const QChar c = s[i + 1];
        if (c == u'0') {
            qsizetype end = i + 2;
            while (end < s.size() && end < i + 5 && s[end].isDigit() && s[end].unicode() < 128)
                ++end;
            const QStringView digits = s.sliced(i + 2, end - i - 2);
            if (const auto decoded = octal(digits))
                out += *decoded;
            else
                out += u'\\' + digits.toString();
            i = end - 1;
            continue;
        }
        if (!simple.contains(c)) {
            out += s[i];
            continue;
        }
        ++i;
        switch (c.unicode()) {
        case u'$':
            out += u"$$"_s;
            break;
        case u'a':
            out += u'\a';
            break;
        case u'b':
            out += u'\b';
            break;
        case u'f':
            out += u'\f';
            break;
        case u'n':
            out += u'\n';
            break;
        case u'r':
            out += u'\r';
            break;
        case u't':
            out += u'\t';
            break;
        case u'v':
            out += u'\v';
            break;
        case u'c':
            out += u"\\c"_s; // not a Go escape
            break;
        default: // '"' and '\\'
            out += c;
        }
    }
    return out;
}

} // namespace

QString DotenvProblem::codeName() const
{
    switch (code) {
    case Code::RequiredVariableMissing:
        return u"required-variable-missing"_s;
    case Code::InvalidInterpolation:
        return u"invalid-interpolation"_s;
    case Code::VariableNotSet:
        break;
    }
    return u"variable-not-set"_s;
}

bool DotenvResolution::refused() const
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const DotenvProblem& p) { return p.refused(); });
}

const DotenvVariable* DotenvResolution::find(const QString& key) const
{
    for (const DotenvVariable& v : variables) {
        if (v.key == key)
            return &v;
    }
    return nullptr;
}

QHash<QString, QString> DotenvResolution::toHash() const
{
    QHash<QString, QString> out;
    for (const DotenvVariable& v : variables)
        out.insert(v.key, v.value);
    return out;
}

std::optional<QString> interpolationTemplate(const DotenvLine& line)
{
    if (line.kind != DotenvLine::Kind::Entry || line.inherited || line.quote == DotenvQuote::Single)
        return std::nullopt;
    if (line.quote == DotenvQuote::None)
        return line.value;
    // compose's quote loop: "\<quote>" is the quote, every other backslash stays for expandEscapes.
    const QString inner =
        QString::fromUtf8(line.raw.sliced(line.valueBegin + 1, line.valueEnd - line.valueBegin - 2));
    QString chars;
    chars.reserve(inner.size());
    bool escape = false;
    for (const QChar c : inner) {
        if (escape) {
            escape = false;
            if (c != u'"')
                chars += u'\\';
            chars += c;
        } else if (c == u'\\') {
            escape = true;
        } else {
            chars += c;
        }
    }
    return expandEscapes(chars);
}

DotenvResolution resolveDotenv(const QList<DotenvSource>& files, const QHash<QString, QString>& environment)
{
    DotenvResolution out;
    // compose-go's GetEnvFromFile parses every file into one map, line after line: a reference
    // looks in the environment first, then in that map (earlier files and the lines above).
    QHash<QString, qsizetype> index; // key -> position in out.variables
    const VariableLookup lookup = [&](const QString& name) -> std::optional<QString> {
        if (auto it = environment.constFind(name); it != environment.cend())
            return *it;
        if (auto it = index.constFind(name); it != index.cend())
            return out.variables.at(*it).value;
        return std::nullopt;
    };
    for (const DotenvSource& file : files) {
        for (const DotenvLine& line : file.document.lines()) {
            if (line.kind != DotenvLine::Kind::Entry)
                continue;
            DotenvVariable v{line.key, QString(), file.name, line.lineNumber, line.inherited};
            if (line.inherited) {
                const std::optional<QString> inherited = lookup(line.key);
                if (!inherited)
                    continue;
                v.value = *inherited;
            } else if (const std::optional<QString> tpl = interpolationTemplate(line)) {
                QStringList unset;
                auto value = interpolate(*tpl, lookup, &unset);
                for (const QString& name : std::as_const(unset))
                    out.problems.append(DotenvProblem{
                        DotenvProblem::Code::VariableNotSet, file.name, line.lineNumber, line.key, name,
                        u"The \"%1\" variable is not set. Defaulting to a blank string."_s.arg(name)});
                if (!value) {
                    const bool required =
                        value.error().code == InterpolationError::Code::RequiredVariableMissing;
                    out.problems.append(DotenvProblem{required ? DotenvProblem::Code::RequiredVariableMissing
                                                               : DotenvProblem::Code::InvalidInterpolation,
                                                      file.name, line.lineNumber, line.key,
                                                      value.error().variable, value.error().message()});
                    continue;
                }
                v.value = *value;
            } else {
                v.value = line.value;
            }
            if (auto it = index.constFind(v.key); it != index.cend()) {
                out.variables[*it] = v;
            } else {
                index.insert(v.key, out.variables.size());
                out.variables.append(v);
            }
        }
    }
    return out;
}

} // namespace capataz::stack
