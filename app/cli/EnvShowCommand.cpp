#include "EnvShowCommand.h"

#include "CliContext.h"
#include "ProfileOutput.h"
#include "stack/DotenvParser.h"
#include "stack/DotenvResolver.h"
#include "stack/EnvCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::stack;

namespace capataz::cli {

namespace {

const QString kCommand = u"env show"_s;
const QString kMask = u"********"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// One line per variable: a value with a line break, a control character or surrounding blanks
// is shown double-quoted with \n \r \t \" \\ escapes; any other value as it is.
QString printable(const QString& value)
{
    bool plain = value.trimmed() == value;
    for (const QChar c : value)
        plain = plain && c.unicode() >= 0x20 && c.unicode() != 0x7f && c != u'"';
    if (plain)
        return value;
    QString out = u"\""_s;
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        default:
            out += c.unicode() < 0x20 || c.unicode() == 0x7f
                       ? u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0')
                       : QString(c);
        }
    }
    return out + u'"';
}

} // namespace

int runEnvShow(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON: {files, variables, problems, refused}."));
    const QCommandLineOption maskOption(
        u"mask-secrets"_s, tr("Show the values of secrets (passwords, tokens, keys) as ********."));
    const QCommandLineOption envOption(
        u"env"_s,
        tr("A variable of the environment compose runs in (repeatable; it wins over the files). Do not "
           "put secrets here: the command line is visible to other users."),
        u"KEY=VALUE"_s);
    const QCommandLineOption localOption(
        u"local-environment"_s, tr("Start from this shell's environment (the default is an empty one)."));
    parser.addOptions({jsonOption, maskOption, envOption, localOption});
    parser.addPositionalArgument(u"FILE"_s, tr("The .env files, in the order compose reads them."),
                                 u"FILE..."_s);
    if (auto stop = ctx.parse(
            parser, args,
            {kCommand, u"FILE... [--json] [--mask-secrets] [--env KEY=VALUE...] [--local-environment]"_s,
             tr("Prints every variable as docker compose will see it, ${...} interpolated; exits 1 when "
                "compose would refuse a value (a missing required variable, a malformed ${...}).")}))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return CliContext::usageError(tr("env show needs at least one FILE"), kCommand);

    QHash<QString, QString> environment;
    if (parser.isSet(localOption)) {
        const QProcessEnvironment local = QProcessEnvironment::systemEnvironment();
        for (const QString& key : local.keys())
            environment.insert(key, local.value(key));
    }
    for (const QString& assignment : parser.values(envOption)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return CliContext::usageError(tr("expected --env KEY=VALUE, got '%1'").arg(assignment.left(eq)),
                                          kCommand);
        environment.insert(assignment.left(eq), assignment.mid(eq + 1));
    }

    QList<DotenvSource> sources;
    for (const QString& path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return CliContext::reportError(Error{f.exists() ? ErrorCode::LocalFileError : ErrorCode::NotFound,
                                                 path + u": "_s + f.errorString()},
                                           tr("Check the path of the .env file."), ExitFailure);
        auto doc = parseDotenv(f.readAll());
        if (!doc)
            return CliContext::reportError(Error{doc.error().code, path + u": "_s + doc.error().detail},
                                           tr("Fix that line of the .env file."), ExitFailure);
        sources.append({path, *doc});
    }
    const DotenvResolution resolved = resolveDotenv(sources, environment);
    const bool mask = parser.isSet(maskOption);
    auto shown = [&](const DotenvVariable& v) {
        return mask && !v.value.isEmpty() && EnvCheck::isSecretKey(v.key) ? kMask : v.value;
    };

    if (parser.isSet(jsonOption)) {
        QJsonArray variables;
        for (const DotenvVariable& v : resolved.variables)
            variables.append(QJsonObject{{u"key"_s, v.key},
                                         {u"value"_s, shown(v)},
                                         {u"masked"_s, shown(v) != v.value},
                                         {u"file"_s, v.file},
                                         {u"line"_s, v.line},
                                         {u"inherited"_s, v.inherited}});
        QJsonArray problems;
        for (const DotenvProblem& p : resolved.problems)
            problems.append(QJsonObject{{u"severity"_s, p.refused() ? u"error"_s : u"warning"_s},
                                        {u"code"_s, p.codeName()},
                                        {u"file"_s, p.file},
                                        {u"line"_s, p.line},
                                        {u"key"_s, p.key},
                                        {u"variable"_s, p.variable},
                                        {u"message"_s, p.detail}});
        printJson(QJsonObject{{u"files"_s, QJsonArray::fromStringList(paths)},
                              {u"variables"_s, variables},
                              {u"problems"_s, problems},
                              {u"refused"_s, resolved.refused()}});
    } else {
        QString out;
        for (const DotenvVariable& v : resolved.variables)
            out += v.key + u'=' + printable(shown(v)) + u'\n';
        CliContext::print(out);
        QString err;
        for (const DotenvProblem& p : resolved.problems)
            err += p.file + u':' + QString::number(p.line) + u": "_s +
                   (p.refused() ? tr("error") : tr("warning")) + u": "_s + p.key + u": "_s + p.detail +
                   u" ["_s + p.codeName() + u"]\n"_s;
        if (resolved.refused())
            err += tr("docker compose would refuse to start with these files.") + u'\n';
        CliContext::printErr(err);
    }
    return resolved.refused() ? ExitFailure : ExitOk;
}

} // namespace capataz::cli
