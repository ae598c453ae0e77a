#include "setup/EnvPlan.h"

#include "setup/EnvFileStep.h"
#include "ssh/AtomicWrite.h"
#include "ssh/Connection.h"
#include "stack/DotenvParser.h"
#include "stack/SecretGenerator.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using stack::DotenvDocument;
using stack::EnvFinding;
using Severity = stack::EnvFinding::Severity;

namespace {

std::optional<QString> valueOf(const DotenvDocument& env, const QString& key)
{
    return env.value(key); // nullopt when absent or inherited from the environment
}

int lineOf(const DotenvDocument& env, const QString& key)
{
    const auto* e = env.entry(key);
    return e ? e->lineNumber : 0;
}

bool isSecretVar(const stack::Recipe& recipe, const QString& key)
{
    const auto* var = recipe.envVar(key);
    return (var && var->secret) || stack::EnvCheck::isSecretKey(key);
}

// A .env path relative to the project directory that stays inside it.
bool isRelativeInside(const QString& file)
{
    return !file.isEmpty() && !file.startsWith(u'/') && !file.split(u'/').contains(u".."_s);
}

} // namespace

EnvAnswers EnvAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target)
{
    EnvAnswers a;
    section.allowOnly({u"file"_s, u"from_example"_s, u"set"_s, u"generate"_s, u"defaults"_s,
                       u"allow_findings"_s, u"production"_s});
    a.file = section.string(u"file"_s, target.envFile.isEmpty() ? u".env"_s : target.envFile);
    if (!isRelativeInside(a.file))
        section.problem(u"file"_s, u"a path relative to the project directory, without \"..\""_s);
    a.fromExample = section.flag(u"from_example"_s, true);
    a.defaults = section.flag(u"defaults"_s, true);
    a.production = section.flag(u"production"_s, true);
    a.allowFindings = section.stringList(u"allow_findings"_s);
    const QVariantMap set = section.map(u"set"_s);
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        if (!DotenvDocument::isValidKey(it.key()))
            section.problem(u"set"_s, u"\"%1\" is not a valid .env variable name"_s.arg(it.key()));
        else
            a.set.insert(it.key(), it.value().toString());
    }
    if (section.has(u"generate"_s)) {
        const QStringList g = section.stringList(u"generate"_s);
        if (g == QStringList{u"missing"_s}) {
            a.generateAll = true;
        } else {
            a.generateAll = false;
            if (g != QStringList{u"none"_s})
                a.generate = g;
            for (const QString& key : std::as_const(a.generate)) {
                const auto* var = target.recipe.envVar(key);
                if (!var || var->generate.isEmpty())
                    section.problem(
                        u"generate"_s,
                        u"the recipe has no generator for %1 (give its value in env.set)"_s.arg(key));
            }
        }
    }
    return a;
}

QList<EnvFinding> EnvComputation::blocking(const QStringList& allowed) const
{
    QList<EnvFinding> out;
    for (const EnvFinding& f : findings) {
        if (f.severity == Severity::Error && !allowed.contains(f.code))
            out.append(f);
    }
    return out;
}

QList<EnvFinding> recipeFindings(const DotenvDocument& env, const stack::Recipe& recipe)
{
    QList<EnvFinding> out;
    for (const stack::RecipeEnvVar& var : recipe.env) {
        const std::optional<QString> value = valueOf(env, var.name);
        const int line = lineOf(env, var.name);
        if (!value || value->isEmpty()) {
            if (var.required)
                out.append(
                    {Severity::Error, var.name, line, u"recipe-required-missing"_s,
                     u"%1 is required by the recipe and has no value"_s.arg(var.name),
                     QT_TRANSLATE_NOOP("capataz::plan", "is required by the recipe and has no value.")});
            continue;
        }
        if (var.secret && recipe.isForbiddenValue(*value))
            out.append(
                {Severity::Error, var.name, line, u"forbidden-value"_s,
                 u"%1 holds a value the recipe forbids for a secret"_s.arg(var.name),
                 QT_TRANSLATE_NOOP("capataz::plan", "holds a value the recipe forbids for a secret.")});
        else if (var.minLength > 0 && value->size() < var.minLength)
            out.append({var.secret ? Severity::Error : Severity::Warning,
                        var.name,
                        line,
                        u"recipe-too-short"_s,
                        u"%1 is %2 characters long; the recipe asks for at least %3"_s.arg(var.name)
                            .arg(value->size())
                            .arg(var.minLength),
                        {QT_TRANSLATE_NOOP("capataz::plan",
                                           "is %1 characters long; the recipe asks for at least %2."),
                         {QString::number(value->size()), QString::number(var.minLength)}}});
    }
    return out;
}

plan::SecretMask envSecrets(const DotenvDocument& env, const stack::Recipe& recipe)
{
    plan::SecretMask mask;
    for (const QString& key : env.keys()) {
        const std::optional<QString> v = env.value(key);
        // Very short values would mask every occurrence of a letter or a digit in the output.
        if (v && v->size() >= 3 && isSecretVar(recipe, key))
            mask.add(*v);
    }
    return mask;
}

bool needsGeneratedValue(const stack::RecipeEnvVar& var, const DotenvDocument& env,
                         const stack::Recipe& recipe)
{
    if (var.generate.isEmpty())
        return false;
    const std::optional<QString> value = env.value(var.name);
    if (!value || value->isEmpty())
        return true;
    if (stack::EnvCheck::isPlaceholder(*value) || (var.secret && recipe.isForbiddenValue(*value)))
        return true;
    int minimum = var.minLength;
    if (var.secret || stack::EnvCheck::isSecretKey(var.name))
        minimum = std::max(minimum, int(stack::EnvCheck::kMinSecretLength));
    return value->size() < minimum;
}

Result<EnvComputation> computeEnv(const DotenvDocument& base, const EnvAnswers& answers,
                                  const stack::Recipe& recipe, const std::optional<QByteArray>& composeText,
                                  QHash<QString, QString>& generated)
{
    EnvComputation c;
    c.document = base;
    DotenvDocument& doc = c.document;
    if (answers.defaults) {
        for (const stack::RecipeEnvVar& var : recipe.env) {
            if (var.defaultValue.isEmpty() || answers.set.contains(var.name))
                continue;
            const std::optional<QString> v = doc.value(var.name);
            if (v && !v->isEmpty())
                continue;
            if (doc.entry(var.name) && doc.entry(var.name)->inherited)
                continue; // deliberately taken from compose's environment
            if (auto ok = doc.set(var.name, var.defaultValue); !ok)
                return std::unexpected(ok.error());
            c.defaulted.append(var.name);
        }
    }
    for (const stack::RecipeEnvVar& var : recipe.env) {
        if (answers.set.contains(var.name))
            continue;
        if (!answers.generateAll && !answers.generate.contains(var.name))
            continue;
        if (!needsGeneratedValue(var, doc, recipe))
            continue;
        QString value = generated.value(var.name);
        if (value.isEmpty()) {
            auto spec = stack::SecretGenerator::parseSpec(var.generate);
            if (!spec)
                return fail(ErrorCode::InvalidArgument,
                            u"recipe variable %1: %2"_s.arg(var.name, spec.error().detail));
            value = stack::SecretGenerator::generate(*spec);
            generated.insert(var.name, value);
        }
        if (auto ok = doc.set(var.name, value); !ok)
            return std::unexpected(ok.error());
        c.generated.append(var.name);
    }
    for (auto it = answers.set.cbegin(); it != answers.set.cend(); ++it) {
        if (doc.value(it.key()) == it.value())
            continue;
        if (auto ok = doc.set(it.key(), it.value()); !ok)
            return std::unexpected(ok.error());
        c.assigned.append(it.key());
    }
    stack::EnvCheckOptions options;
    options.production = answers.production;
    options.composeText = composeText;
    c.findings = stack::EnvCheck::check(doc, options) + recipeFindings(doc, recipe);
    c.secrets = envSecrets(doc, recipe);
    for (auto it = answers.set.cbegin(); it != answers.set.cend(); ++it) {
        if (isSecretVar(recipe, it.key()))
            c.secrets.add(it.value());
    }
    for (const QString& v : std::as_const(generated))
        c.secrets.add(v);
    return c;
}

QString envFilePath(const EnvAnswers& answers, const SetupTarget& target)
{
    const QString file = answers.file.isEmpty() ? target.envFile : answers.file;
    return target.projectDir + u'/' + (file.isEmpty() ? u".env"_s : file);
}

QString envExamplePath(const EnvAnswers& answers, const SetupTarget& target)
{
    return envFilePath(answers, target) + u".example"_s;
}

void loadEnvState(const plan::StepContext& ctx, const EnvAnswers& answers, const SetupTarget& target,
                  std::function<void(Result<EnvState>)> done)
{
    QStringList composePaths;
    for (int i = 0; i < target.composeFiles.size(); ++i)
        composePaths.append(target.composePath(i));
    // The .env and its example are read without following links: the new .env is made from
    // them, and a link followed as root could bring any file of the server into it.
    readRemoteFiles(
        ctx, {envFilePath(answers, target), envExamplePath(answers, target)}, true, RemoteLinks::Refuse,
        [ctx, composePaths, answers, recipe = target.recipe,
         done = std::move(done)](Result<QList<RemoteFile>> envFiles) mutable {
            if (!envFiles) {
                done(std::unexpected(envFiles.error()));
                return;
            }
            EnvState s;
            s.current = envFiles->at(0);
            const RemoteFile example = envFiles->at(1);
            if (s.current.isLink()) {
                done(std::unexpected(ssh::AtomicWrite::linkRefused(s.current.path, s.current.linkTarget)));
                return;
            }
            const RemoteFile* source = nullptr;
            if (s.current.exists()) {
                source = &s.current;
            } else if (answers.fromExample && example.isLink()) {
                done(std::unexpected(ssh::AtomicWrite::linkRefused(example.path, example.linkTarget)));
                return;
            } else if (answers.fromExample && example.exists()) {
                source = &example;
                s.fromExample = true;
            }
            if (source) {
                auto doc = stack::parseDotenv(*source->content);
                if (!doc) {
                    done(fail(ErrorCode::ParseError, source->path + u": "_s + doc.error().detail));
                    return;
                }
                s.document = *doc;
            }
            readRemoteFiles(ctx, composePaths, true,
                            [s = std::move(s), answers, recipe,
                             done = std::move(done)](Result<QList<RemoteFile>> r) mutable {
                                if (!r) {
                                    done(std::unexpected(r.error()));
                                    return;
                                }
                                for (const RemoteFile& f : std::as_const(*r)) {
                                    if (!f.exists())
                                        continue;
                                    QByteArray text = s.composeText.value_or(QByteArray());
                                    if (!text.isEmpty())
                                        text += "---\n"; // one YAML document per file (EnvCheckOptions)
                                    text += *f.content;
                                    if (!text.endsWith('\n'))
                                        text += '\n';
                                    s.composeText = text;
                                }
                                stack::EnvCheckOptions options;
                                options.production = answers.production;
                                options.composeText = s.composeText;
                                s.findings = stack::EnvCheck::check(s.document, options) +
                                             recipeFindings(s.document, recipe);
                                s.secrets = envSecrets(s.document, recipe);
                                done(std::move(s));
                            });
        });
}

void loadEnvSecrets(const plan::StepContext& ctx, const SetupTarget& target,
                    std::function<void(Result<plan::SecretMask>)> done)
{
    // An access account may not read the .env: its server's dispatcher masks the secrets in the
    // logs before they leave the server (resources/access/capataz-access.sh).
    if (ctx.connection && ctx.connection->settings().sudo == remote::SudoMode::Access) {
        QMetaObject::invokeMethod(
            ctx.owner, [done = std::move(done)] { done(plan::SecretMask()); }, Qt::QueuedConnection);
        return;
    }
    readRemoteFile(ctx, target.envPath(), true,
                   [recipe = target.recipe, done = std::move(done)](Result<RemoteFile> r) {
                       if (!r) {
                           done(std::unexpected(r.error()));
                           return;
                       }
                       if (!r->exists()) {
                           done(plan::SecretMask());
                           return;
                       }
                       auto doc = stack::parseDotenv(*r->content);
                       if (!doc) {
                           done(fail(ErrorCode::ParseError, r->path + u": "_s + doc.error().detail));
                           return;
                       }
                       done(envSecrets(*doc, recipe));
                   });
}

Result<plan::Plan> buildEnvPlan(const EnvAnswers& answers, const SetupTarget& target)
{
    if (target.projectDir.isEmpty() || !target.projectDir.startsWith(u'/'))
        return fail(ErrorCode::InvalidArgument, u"the project directory must be an absolute path"_s);
    // The file is written as root: it must not leave the project directory.
    const QString file = answers.file.isEmpty() ? target.envFile : answers.file;
    if (!file.isEmpty() && !isRelativeInside(file))
        return fail(
            ErrorCode::InvalidArgument,
            u"env.file: \"%1\" must be a path relative to the project directory, without \"..\""_s.arg(file));
    for (auto it = answers.set.cbegin(); it != answers.set.cend(); ++it) {
        if (!DotenvDocument::isValidKey(it.key()))
            return fail(ErrorCode::InvalidArgument,
                        u"\"%1\" is not a valid .env variable name"_s.arg(it.key()));
    }
    for (const stack::RecipeEnvVar& var : target.recipe.env) {
        if (!var.generate.isEmpty() && !stack::SecretGenerator::parseSpec(var.generate))
            return fail(ErrorCode::InvalidArgument,
                        u"the recipe's generator for %1 is not valid: %2"_s.arg(var.name, var.generate));
    }
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Environment file (.env)")));
    p.add(std::make_shared<EnvFileStep>(answers, target));
    return p;
}

Result<plan::Plan> buildEnvPlan(const EnvAnswers& answers, const SetupTarget& target,
                                const DotenvDocument& edited)
{
    auto p = buildEnvPlan(answers, target);
    if (!p)
        return p;
    plan::Plan q(p->title());
    q.add(std::make_shared<EnvFileStep>(answers, target, edited));
    return q;
}

} // namespace capataz::setup
