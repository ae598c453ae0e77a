#include "EnvCommand.h"

#include "CliContext.h"
#include "EnvShowCommand.h"
#include "setup/EnvPlan.h"
#include "stack/DotenvParser.h"
#include "stack/EnvCheck.h"
#include "stack/RecipeLoader.h"
#include "stack/SecretGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::stack;

namespace capataz::cli {

namespace {

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(f.exists() ? ErrorCode::LocalFileError : ErrorCode::NotFound,
                    path + u": "_s + f.errorString());
    return f.readAll();
}

// Writes `data` to `path` through a temporary file and a rename, with permission bits `mode`.
VoidResult writeAtomically(const QString& path, const QByteArray& data, mode_t mode)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::LocalFileError, path + u": "_s + f.errorString());
    if (::fchmod(f.handle(), mode) != 0)
        return fail(ErrorCode::LocalFileError, path + u": cannot set the file mode"_s);
    if (f.write(data) != data.size() || !f.commit())
        return fail(ErrorCode::LocalFileError, path + u": "_s + f.errorString());
    return {};
}

// A built-in recipe by id ("invoice-bot"), or a recipe file on this computer (*.yaml).
Result<Recipe> resolveRecipe(const QString& nameOrPath)
{
    const QList<Recipe> builtin = builtinRecipes();
    QStringList ids;
    for (const Recipe& r : builtin) {
        if (r.id == nameOrPath)
            return r;
        ids << r.id;
    }
    if (!nameOrPath.endsWith(u".yaml"_s) && !nameOrPath.endsWith(u".yml"_s))
        return fail(ErrorCode::NotFound,
                    u"unknown recipe '%1' (built in: %2; or a path to a .yaml recipe)"_s.arg(
                        nameOrPath, ids.join(u", "_s)));
    auto bytes = readFile(nameOrPath);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto recipe = loadRecipe(*bytes);
    if (!recipe)
        return fail(recipe.error().code, nameOrPath + u": "_s + recipe.error().detail);
    return recipe;
}

QString backupName(const QString& path)
{
    const QString base = path + u".capataz-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = base + u".bak"_s;
    for (int n = 1; QFileInfo::exists(name); ++n)
        name = base + u'-' + QString::number(n) + u".bak"_s;
    return name;
}

int runCheck(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption composeOption(u"compose"_s, u"Check the variables this compose file uses."_s,
                                           u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the findings as JSON."_s);
    const QCommandLineOption devOption(u"development"_s,
                                       u"Not a production file: placeholders are warnings, DEBUG is fine."_s);
    const QCommandLineOption recipeOption(
        u"recipe"_s,
        u"Also check against a stack recipe (a built-in id such as invoice-bot, or a .yaml file): "
        u"required variables, forbidden placeholder values, minimum lengths."_s,
        u"RECIPE"_s);
    parser.addOptions({composeOption, jsonOption, devOption, recipeOption});
    parser.addPositionalArgument(u"FILE"_s, u"The .env file."_s);
    if (auto stop = ctx.parse(parser, args,
                              {u"env check"_s, u"FILE [--recipe R] [--compose FILE] [--json]"_s,
                               u"Checks a .env file: variables the compose file needs, "
                               u"placeholders, short secrets, DEBUG, CORS."_s}))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return CliContext::usageError(u"env check needs exactly one FILE"_s, u"env check"_s);
    std::optional<Recipe> recipe;
    if (parser.isSet(recipeOption)) {
        auto r = resolveRecipe(parser.value(recipeOption));
        if (!r)
            return CliContext::usageError(r.error().detail, u"env check"_s);
        recipe = *r;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto bytes = readFile(path);
    if (!bytes)
        return CliContext::reportError(
            bytes.error(), QCoreApplication::translate("capataz::cli", "Check the path of the .env file."),
            ExitFailure);
    auto doc = parseDotenv(*bytes);
    if (!doc)
        return CliContext::reportError(
            Error{doc.error().code, path + u": "_s + doc.error().detail},
            QCoreApplication::translate("capataz::cli", "Fix that line of the .env file."), ExitFailure);
    EnvCheckOptions options;
    options.production = !parser.isSet(devOption);
    if (parser.isSet(composeOption)) {
        auto compose = readFile(parser.value(composeOption));
        if (!compose)
            return CliContext::reportError(
                compose.error(),
                QCoreApplication::translate("capataz::cli", "Check the path of the compose file."),
                ExitFailure);
        options.composeText = *compose;
    }
    QList<EnvFinding> findings = EnvCheck::check(*doc, options);
    if (recipe)
        findings += setup::recipeFindings(*doc, *recipe);
    if (parser.isSet(jsonOption)) {
        QJsonArray arr;
        for (const EnvFinding& f : findings)
            arr.append(QJsonObject{{u"severity"_s, EnvFinding::severityName(f.severity)},
                                   {u"key"_s, f.key},
                                   {u"line"_s, f.line},
                                   {u"code"_s, f.code},
                                   {u"message"_s, f.message}});
        CliContext::writeOut(QJsonDocument(QJsonObject{{u"file"_s, path}, {u"findings"_s, arr}}).toJson());
    } else {
        for (const EnvFinding& f : findings) {
            const QString where = f.line > 0 ? path + u':' + QString::number(f.line) : path;
            CliContext::print(where + u": "_s + EnvFinding::severityName(f.severity) + u": "_s + f.message +
                              u" ["_s + f.code + u"]\n"_s);
        }
        if (findings.isEmpty())
            CliContext::print(path + u": no findings\n"_s);
    }
    return EnvCheck::hasError(findings) ? ExitFailure : ExitOk;
}

int runSet(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption generateOption(
        u"generate"_s,
        u"Set KEY to a new secret of KIND (urlsafe32, hex32, base64-24, password:N) unless it already "
        u"holds a real value. With --recipe, KIND may be left out: the recipe's generator is used. "
        u"Repeatable."_s,
        u"KEY[:KIND]"_s);
    const QCommandLineOption rotateOption(u"rotate"_s, u"--generate replaces existing values too."_s);
    const QCommandLineOption recipeOption(
        u"recipe"_s, u"A stack recipe (built-in id or .yaml file) whose generators --generate KEY uses."_s,
        u"RECIPE"_s);
    parser.addOptions({generateOption, rotateOption, recipeOption});
    parser.addPositionalArgument(u"FILE"_s, u"The .env file (created with mode 0600 if missing)."_s);
    parser.addPositionalArgument(u"KEY=VALUE"_s, u"Values to set."_s, u"[KEY=VALUE...]"_s);
    if (auto stop = ctx.parse(parser, args,
                              {u"env set"_s, u"FILE [KEY=VALUE...] [--generate KEY:KIND...]"_s,
                               u"Sets values in a .env file, keeping everything else as "
                               u"it is. Writes atomically and keeps a backup."_s}))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return CliContext::usageError(u"env set needs a FILE"_s, u"env set"_s);
    if (pos.size() == 1 && !parser.isSet(generateOption))
        return CliContext::usageError(u"nothing to set: give KEY=VALUE or --generate KEY:KIND"_s,
                                      u"env set"_s);
    std::optional<Recipe> recipe;
    if (parser.isSet(recipeOption)) {
        auto r = resolveRecipe(parser.value(recipeOption));
        if (!r)
            return CliContext::usageError(r.error().detail, u"env set"_s);
        recipe = *r;
    }

    // Everything is validated before anything is generated or written.
    QList<std::pair<QString, QString>> assignments;
    for (const QString& a : pos.mid(1)) {
        const qsizetype eq = a.indexOf(u'=');
        const QString key = eq < 0 ? a : a.left(eq);
        if (eq < 0 || !DotenvDocument::isValidKey(key))
            return CliContext::usageError(u"expected KEY=VALUE with a valid name, got '"_s + key + u"'"_s,
                                          u"env set"_s);
        assignments.append({key, a.mid(eq + 1)});
    }
    QList<std::pair<QString, SecretSpec>> generated;
    for (const QString& g : parser.values(generateOption)) {
        const qsizetype colon = g.indexOf(u':');
        const QString key = colon < 0 ? g : g.left(colon);
        if (!DotenvDocument::isValidKey(key))
            return CliContext::usageError(u"expected --generate KEY:KIND, got '"_s + g + u"'"_s,
                                          u"env set"_s);
        QString kind = colon < 0 ? QString() : g.mid(colon + 1);
        if (colon < 0) {
            const RecipeEnvVar* var = recipe ? recipe->envVar(key) : nullptr;
            if (!var || var->generate.isEmpty())
                return CliContext::usageError(
                    recipe ? QString(u"the recipe has no generator for "_s + key + u": give --generate "_s +
                                     key + u":KIND"_s)
                           : QString(u"--generate "_s + key + u" needs a KIND (KEY:KIND) or --recipe"_s),
                    u"env set"_s);
            kind = var->generate;
        }
        auto spec = SecretGenerator::parseSpec(kind);
        if (!spec)
            return CliContext::usageError(spec.error().detail, u"env set"_s);
        generated.append({key, *spec});
    }

    const QString path = pos.constFirst();
    QByteArray original;
    bool exists = QFileInfo::exists(path);
    mode_t mode = 0600;
    if (exists) {
        auto bytes = readFile(path);
        if (!bytes)
            return CliContext::reportError(
                bytes.error(),
                QCoreApplication::translate("capataz::cli", "Check the path of the .env file."), ExitFailure);
        original = *bytes;
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0)
            mode = st.st_mode & 07777;
    }
    auto doc = parseDotenv(original);
    if (!doc)
        return CliContext::reportError(
            Error{doc.error().code, path + u": "_s + doc.error().detail},
            QCoreApplication::translate("capataz::cli", "Fix that line of the .env file first."),
            ExitFailure);
    for (const auto& [key, value] : assignments) {
        if (auto r = doc->set(key, value); !r)
            return CliContext::reportError(r.error(), QString(), ExitFailure);
    }
    QStringList notes;
    for (const auto& [key, spec] : generated) {
        const std::optional<QString> current = doc->value(key);
        if (!parser.isSet(rotateOption) && current && !current->isEmpty() &&
            !EnvCheck::isPlaceholder(*current)) {
            notes.append(u"kept "_s + key + u" (already set; --rotate replaces it)"_s);
            continue;
        }
        if (auto r = doc->set(key, SecretGenerator::generate(spec)); !r)
            return CliContext::reportError(r.error(), QString(), ExitFailure);
        notes.append(u"generated "_s + key + u" ("_s + spec.name() + u')');
    }

    const QByteArray updated = doc->serialize();
    if (exists && updated == original) {
        for (const QString& n : notes)
            CliContext::print(n + u'\n');
        CliContext::print(path + u": unchanged\n"_s);
        return ExitOk;
    }
    if (exists) {
        const QString bak = backupName(path);
        if (auto r = writeAtomically(bak, original, mode & 0600); !r)
            return CliContext::reportError(
                r.error(), QCoreApplication::translate("capataz::cli", "The file was not changed."),
                ExitFailure);
        CliContext::print(u"previous version kept in "_s + bak + u'\n');
    }
    if (auto r = writeAtomically(path, updated, mode); !r)
        return CliContext::reportError(
            r.error(), QCoreApplication::translate("capataz::cli", "The file was not changed."), ExitFailure);
    for (const QString& n : notes)
        CliContext::print(n + u'\n');
    CliContext::print(path + (exists ? u": updated\n"_s : u": created\n"_s));
    return ExitOk;
}

} // namespace

int runEnvCommand(CliContext& ctx, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == u"check")
        return runCheck(ctx, args.mid(1));
    if (sub == u"set")
        return runSet(ctx, args.mid(1));
    if (sub == u"show")
        return runEnvShow(ctx, args.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        CliContext::print(
            u"Usage: capataz-cli env check FILE [--recipe R] [--compose FILE] [--json] [--development]\n"
            u"       capataz-cli env set FILE [KEY=VALUE...] [--generate KEY[:KIND]...] [--rotate] [--recipe "
            u"R]\n"
            u"       capataz-cli env show FILE... [--json] [--mask-secrets] [--env KEY=VALUE...] "
            u"[--local-environment]\n"_s);
        return ExitOk;
    }
    return CliContext::usageError(sub.isEmpty() ? u"env needs a subcommand: check, set or show"_s
                                                : u"unknown env subcommand '"_s + sub + u"'"_s,
                                  u"env"_s);
}

} // namespace capataz::cli
