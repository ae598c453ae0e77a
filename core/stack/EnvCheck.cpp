#include "EnvCheck.h"

#include "stack/ComposeParser.h"
#include "stack/DotenvResolver.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

using Severity = EnvFinding::Severity;

bool isNameStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// The part of a YAML line before its comment: '#' at the start or after a blank, outside quotes.
QByteArrayView withoutComment(QByteArrayView line)
{
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            else if (c == '\\' && quote == '"')
                ++i;
            continue;
        }
        if (c == '"' || c == '\'') {
            // Quotes open a scalar only at its start; "it's" inside a plain scalar is text.
            if (i == 0 || line[i - 1] == ' ' || line[i - 1] == ':' || line[i - 1] == '[' ||
                line[i - 1] == ',' || line[i - 1] == '-' || line[i - 1] == '{')
                quote = c;
            continue;
        }
        if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t'))
            return line.first(i);
    }
    return line;
}

bool isTrue(const QString& v)
{
    const QString t = v.trimmed().toLower();
    return t == u"true" || t == u"1" || t == u"yes" || t == u"on";
}

EnvFinding finding(Severity severity, const QString& key, int line, const QString& code,
                   const QString& message, Text text)
{
    return EnvFinding{severity, key, line, code, message, std::move(text)};
}

Text problemText(const DotenvProblem& p)
{
    switch (p.code) {
    case DotenvProblem::Code::RequiredVariableMissing:
        return {
            QT_TRANSLATE_NOOP("capataz::plan",
                              "refers to %1, which must be set: docker compose refuses to start without it."),
            {p.variable}};
    case DotenvProblem::Code::InvalidInterpolation:
        return QT_TRANSLATE_NOOP(
            "capataz::plan", "has a ${…} reference that docker compose cannot read, so it refuses to start.");
    case DotenvProblem::Code::VariableNotSet:
        break;
    }
    return {QT_TRANSLATE_NOOP("capataz::plan",
                              "refers to %1, which is not set: docker compose uses an empty value."),
            {p.variable}};
}

// The compose files joined by "---" lines, one by one.
QList<QByteArray> composeDocuments(const QByteArray& text)
{
    QList<QByteArray> out{QByteArray()};
    for (const QByteArray& line : text.split('\n')) {
        if (line.trimmed() == "---") {
            out.append(QByteArray());
            continue;
        }
        out.last() += line + '\n';
    }
    out.removeIf([](const QByteArray& d) { return d.trimmed().isEmpty(); });
    return out;
}

// Values written in the compose file itself (`environment:`), which the .env checks never see.
// A value holding a reference comes from the .env file and is checked there.
void checkInlineEnvironment(const QByteArray& composeText, Severity prodError, QList<EnvFinding>& out)
{
    QSet<QString> told;
    for (const QByteArray& doc : composeDocuments(composeText)) {
        const auto project = parseCompose(doc);
        if (!project)
            continue; // the compose plan reports a file it cannot read
        for (const ComposeService& s : project->services) {
            for (const ComposeEnvEntry& e : s.environment) {
                if (!e.hasValue || e.value.contains(u'$') || told.contains(s.name + u'/' + e.name))
                    continue;
                const QString where = u"service %1, compose file line %2"_s.arg(s.name).arg(e.line);
                const QStringList args{s.name, QString::number(e.line), e.name};
                const bool secret = EnvCheck::isSecretKey(e.name);
                if (EnvCheck::isPlaceholder(e.value)) {
                    out.append(
                        finding(prodError, e.name, 0, u"compose-inline-placeholder"_s,
                                u"%1 is written in the compose file (%2) with an example or well-known "
                                u"default value"_s.arg(e.name, where),
                                {QT_TRANSLATE_NOOP("capataz::plan",
                                                   "is written in the compose file (service %1, line %2) "
                                                   "with an example or well-known default value: move it "
                                                   "to the .env file as ${%3} and give it a real value."),
                                 args}));
                } else if (secret && !e.value.isEmpty() && e.value.size() < EnvCheck::kMinSecretLength) {
                    out.append(
                        finding(Severity::Warning, e.name, 0, u"compose-inline-short-secret"_s,
                                u"%1 is a secret written in the compose file (%2), %3 characters long; "
                                u"secrets need at least %4"_s.arg(e.name, where)
                                    .arg(e.value.size())
                                    .arg(EnvCheck::kMinSecretLength),
                                {QT_TRANSLATE_NOOP("capataz::plan",
                                                   "is a secret written in the compose file (service %1, "
                                                   "line %2) and only %4 characters long; secrets need at "
                                                   "least %5. Move it to the .env file as ${%3}."),
                                 args + QStringList{QString::number(e.value.size()),
                                                    QString::number(EnvCheck::kMinSecretLength)}}));
                } else if (secret && !e.value.isEmpty()) {
                    out.append(finding(
                        Severity::Warning, e.name, 0, u"compose-inline-secret"_s,
                        u"%1 is a secret written in clear in the compose file (%2)"_s.arg(e.name, where),
                        {QT_TRANSLATE_NOOP("capataz::plan",
                                           "is a secret written in clear in the compose file "
                                           "(service %1, line %2), which is usually kept in git: "
                                           "move it to the .env file as ${%3}."),
                         args}));
                } else {
                    continue;
                }
                told.insert(s.name + u'/' + e.name);
            }
        }
    }
}

} // namespace

QString EnvFinding::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

QList<EnvVariableUse> EnvCheck::composeReferences(QByteArrayView text)
{
    QList<EnvVariableUse> out;
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        ++lineNo;
        const QByteArrayView line = withoutComment(text.sliced(pos, nl - pos));
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] != '$' || i + 1 >= line.size())
                continue;
            const char next = line[i + 1];
            if (next == '$') { // $$: a literal dollar
                ++i;
                continue;
            }
            EnvVariableUse ref;
            ref.line = lineNo;
            if (isNameStart(next)) {
                qsizetype e = i + 1;
                while (e < line.size() && isNameChar(line[e]))
                    ++e;
                ref.name = QString::fromLatin1(line.sliced(i + 1, e - i - 1));
                out.append(ref);
                i = e - 1;
                continue;
            }
            if (next != '{')
                continue;
            qsizetype e = i + 2;
            while (e < line.size() && isNameChar(line[e]))
                ++e;
            if (e == i + 2 || e >= line.size())
                continue;
            ref.name = QString::fromLatin1(line.sliced(i + 2, e - i - 2));
            char op = line[e];
            if (op == ':' && e + 1 < line.size()) {
                ref.colon = true;
                op = line[e + 1];
            } else if (op == ':') {
                continue;
            }
            switch (op) {
            case '}':
                if (ref.colon)
                    continue;
                ref.form = EnvVariableUse::Form::Plain;
                break;
            case '-':
                ref.form = EnvVariableUse::Form::Default;
                break;
            case '?':
                ref.form = EnvVariableUse::Form::Required;
                break;
            case '+':
                ref.form = EnvVariableUse::Form::Alternate;
                break;
            default:
                continue; // not a variable reference compose accepts
            }
            out.append(ref);
            // Go on scanning inside the default: ${A:-${B}} uses B too.
            i = e;
        }
        pos = nl + 1;
    }
    return out;
}

bool EnvCheck::isSecretKey(const QString& key)
{
    static const QStringList secretWords{u"SECRET"_s, u"PASSWORD"_s, u"PASSWD"_s, u"PASS"_s,
                                         u"TOKEN"_s,  u"KEY"_s,      u"APIKEY"_s, u"PWD"_s};
    static const QStringList notSecretWords{
        u"EXPIRE"_s, u"EXPIRES"_s, u"EXPIRATION"_s, u"EXPIRY"_s,    u"TTL"_s,    u"MINUTES"_s, u"HOURS"_s,
        u"DAYS"_s,   u"SECONDS"_s, u"LENGTH"_s,     u"ALGORITHM"_s, u"FILE"_s,   u"PATH"_s,    u"DIR"_s,
        u"ID"_s,     u"NAME"_s,    u"TYPE"_s,       u"URL"_s,       u"HEADER"_s, u"PREFIX"_s,  u"MAX"_s,
        u"MIN"_s,    u"ENABLED"_s, u"USER"_s,       u"LIMIT"_s};
    const QStringList words = key.toUpper().split(QRegularExpression(u"[^A-Z0-9]+"_s), Qt::SkipEmptyParts);
    bool secret = false;
    for (const QString& w : words) {
        if (notSecretWords.contains(w))
            return false;
        if (secretWords.contains(w))
            secret = true;
    }
    return secret;
}

bool EnvCheck::isPlaceholder(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return false;
    static const QStringList exact{u"changeme"_s,   u"change_me"_s, u"change-me"_s, u"password"_s,
                                   u"secret"_s,     u"example"_s,   u"xxx"_s,       u"todo"_s,
                                   u"minioadmin"_s, u"admin123"_s};
    if (exact.contains(v))
        return true;
    static const QStringList contained{
        u"your_"_s,     u"your-"_s,       u"yourdomain"_s,     u"yourcompany"_s,    u"changeme"_s,
        u"change_me"_s, u"change-me"_s,   u"change-in-prod"_s, u"change_in_prod"_s, u"minioadmin"_s,
        u"admin123"_s,  u"example.com"_s, u"replace_me"_s,     u"replace-me"_s};
    for (const QString& c : contained) {
        if (v.contains(c))
            return true;
    }
    if (v.endsWith(u"_here") || v.endsWith(u"-here"))
        return true;
    return v.startsWith(u'<') && v.endsWith(u'>');
}

bool EnvCheck::hasError(const QList<EnvFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const EnvFinding& f) { return f.severity == Severity::Error; });
}

QList<EnvFinding> EnvCheck::check(const DotenvDocument& env, const EnvCheckOptions& options)
{
    QList<EnvFinding> out;
    const Severity prodError = options.production ? Severity::Error : Severity::Warning;

    // Duplicates: compose uses the last one; the earlier ones are dead text.
    QHash<QString, int> seen;
    for (const DotenvLine& l : env.lines()) {
        if (l.kind != DotenvLine::Kind::Entry)
            continue;
        if (seen.contains(l.key))
            out.append(finding(
                Severity::Info, l.key, l.lineNumber, u"duplicate-key"_s,
                u"%1 is also set on line %2; docker compose uses the last one (line %3)"_s.arg(l.key)
                    .arg(seen.value(l.key))
                    .arg(l.lineNumber),
                {QT_TRANSLATE_NOOP("capataz::plan",
                                   "is also set on line %1; docker compose uses the last one (line %2)."),
                 {QString::number(seen.value(l.key)), QString::number(l.lineNumber)}}));
        seen.insert(l.key, l.lineNumber);
    }

    // What compose's interpolation of the values would say, where it would say it.
    for (const DotenvProblem& p : resolveDotenv({DotenvSource{QString(), env}}, options.environment).problems)
        out.append(finding(p.refused() ? Severity::Error : Severity::Warning, p.key, p.line, p.codeName(),
                           p.key + u": "_s + p.detail, problemText(p)));

    for (const QString& key : env.keys()) {
        const DotenvLine* e = env.entry(key);
        const int line = e->lineNumber;
        if (e->inherited) {
            out.append(
                finding(Severity::Info, key, line, u"inherited-variable"_s,
                        key + u" has no '=': docker compose takes its value from the environment "
                              u"it runs in"_s,
                        QT_TRANSLATE_NOOP("capataz::plan", "has no “=”: docker compose takes its value "
                                                           "from the environment it runs in.")));
            continue;
        }
        const QString& value = e->value;
        const bool secret = isSecretKey(key);
        if (isPlaceholder(value)) {
            out.append(
                finding(prodError, key, line, u"placeholder"_s,
                        key + u" still holds an example or well-known default value"_s,
                        QT_TRANSLATE_NOOP("capataz::plan",
                                          "still holds an example or well-known default value: replace "
                                          "it with a real one.")));
        } else if (secret && value.isEmpty()) {
            out.append(finding(Severity::Warning, key, line, u"empty-secret"_s, key + u" is empty"_s,
                               QT_TRANSLATE_NOOP("capataz::plan", "is a secret and is empty.")));
        } else if (secret && value.size() < kMinSecretLength) {
            out.append(finding(
                Severity::Warning, key, line, u"short-secret"_s,
                u"%1 is %2 characters long; secrets need at least %3"_s.arg(key)
                    .arg(value.size())
                    .arg(kMinSecretLength),
                {QT_TRANSLATE_NOOP("capataz::plan", "is %1 characters long; secrets need at least %2."),
                 {QString::number(value.size()), QString::number(kMinSecretLength)}}));
        }
        const QString upper = key.toUpper();
        if (options.production && (upper == u"DEBUG" || upper.endsWith(u"_DEBUG")) && isTrue(value))
            out.append(finding(Severity::Warning, key, line, u"debug-enabled"_s,
                               key + u" turns debug mode on in production"_s,
                               QT_TRANSLATE_NOOP("capataz::plan", "turns debug mode on in production.")));
        if (upper.contains(u"CORS") && upper.contains(u"ORIGIN")) {
            const QStringList origins = value.split(u',');
            if (std::any_of(origins.cbegin(), origins.cend(),
                            [](const QString& o) { return o.trimmed() == u"*"; }))
                out.append(finding(
                    Severity::Warning, key, line, u"cors-wildcard"_s, key + u" allows every origin (*)"_s,
                    QT_TRANSLATE_NOOP("capataz::plan", "allows requests from every origin (*).")));
        }
    }

    if (options.composeText) {
        // Per variable, the strictest use decides.
        QHash<QString, EnvVariableUse> uses;
        QStringList order;
        auto strength = [](const EnvVariableUse& r) {
            switch (r.form) {
            case EnvVariableUse::Form::Required:
                return 3;
            case EnvVariableUse::Form::Plain:
                return 2;
            case EnvVariableUse::Form::Default:
            case EnvVariableUse::Form::Alternate:
                break;
            }
            return 1;
        };
        for (const EnvVariableUse& r : composeReferences(*options.composeText)) {
            auto it = uses.find(r.name);
            if (it == uses.end()) {
                uses.insert(r.name, r);
                order.append(r.name);
            } else if (strength(r) > strength(*it)) {
                *it = r;
            }
        }
        for (const QString& name : order) {
            const EnvVariableUse& r = uses.value(name);
            const DotenvLine* e = env.entry(name);
            const QString where = u" (compose file line %1)"_s.arg(r.line);
            if (!e) {
                if (strength(r) >= 2)
                    out.append(finding(
                        Severity::Error, name, 0, u"compose-variable-missing"_s,
                        u"the compose file uses %1 without a default and the .env file does "
                        u"not set it"_s.arg(name) +
                            where,
                        {QT_TRANSLATE_NOOP("capataz::plan", "is used by the compose file (line %1) without a "
                                                            "default, and the .env file does not set it."),
                         {QString::number(r.line)}}));
                else
                    out.append(
                        finding(Severity::Info, name, 0, u"compose-variable-default"_s,
                                u"the compose file uses %1 with a default; the .env file does not set "
                                u"it"_s.arg(name) +
                                    where,
                                {QT_TRANSLATE_NOOP("capataz::plan",
                                                   "is used by the compose file (line %1) with a default; "
                                                   "the .env file does not set it."),
                                 {QString::number(r.line)}}));
            } else if (!e->inherited && e->value.isEmpty() && r.form == EnvVariableUse::Form::Required &&
                       r.colon) {
                out.append(
                    finding(Severity::Error, name, e->lineNumber, u"compose-variable-empty"_s,
                            u"the compose file requires %1 to be non-empty (${%1:?...}) and the .env "
                            u"file sets it empty"_s.arg(name) +
                                where,
                            {QT_TRANSLATE_NOOP("capataz::plan",
                                               "must not be empty: the compose file requires it (line %1)."),
                             {QString::number(r.line)}}));
            }
        }
    }
    if (options.composeText)
        checkInlineEnvironment(*options.composeText, prodError, out);
    return out;
}

} // namespace capataz::stack
