// The examples of README.md, run: a reader who copies them gets what the README says.
// - the complete answers file: every plan builds from it, and its `env:` section passes the
//   recipe's own rules (it once set a placeholder token shorter than the recipe's minimum, so
//   its own dry run failed);
// - the CLI synopsis blocks: every option they show is one the command accepts;
// - the error report example: capataz-cli prints exactly those three lines.
// The README is read from the source tree, as a reader has it.
#include "CliRunner.h"
#include "setup/Answers.h"
#include "setup/EnvPlan.h"
#include "setup/SetupPlans.h"
#include "setup/SetupTarget.h"
#include "stack/DotenvDocument.h"
#include "stack/RecipeLoader.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#if !defined(CAPATAZ_SOURCE_DIR) || !defined(CAPATAZ_CLI_PATH)
#error "CAPATAZ_SOURCE_DIR and CAPATAZ_CLI_PATH must be set (tests/unit/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

QString readme()
{
    QFile f(QStringLiteral(CAPATAZ_SOURCE_DIR "/README.md"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read README.md");
    return QString::fromUtf8(f.readAll());
}

// The fenced blocks of `text` as (language, body) pairs, in order; indented fences (inside a
// list item) are dedented.
QList<std::pair<QString, QString>> fencedBlocks(const QString& text)
{
    static const QRegularExpression fence(u"^( *)```(\\w*)\\n(.*?)^\\1```"_s,
                                          QRegularExpression::MultilineOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QList<std::pair<QString, QString>> out;
    for (auto it = fence.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype indent = m.capturedLength(1);
        QStringList lines = m.captured(3).split(u'\n');
        for (QString& l : lines) {
            qsizetype n = 0;
            while (n < indent && n < l.size() && l.at(n) == u' ')
                ++n;
            l.remove(0, n);
        }
        out.append({m.captured(2), lines.join(u'\n')});
    }
    return out;
}

using Run = capataz::test::CliRun;

Run cli(const QString& dataDir, const QStringList& args)
{
    return capataz::test::runCli(capataz::test::cliEnvironment({}, u"C"_s), dataDir, args, {}, 30000);
}

} // namespace

class TestReadme : public QObject {
    Q_OBJECT
    QString m_readme;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_readme = readme();
        QVERIFY(m_dir.isValid());
        QVERIFY(fencedBlocks(m_readme).size() >= 6);
    }

    void completeAnswersFilePassesItsOwnChecks()
    {
        const qsizetype at = m_readme.indexOf(u"### A complete answers file"_s);
        QVERIFY2(at >= 0, "README.md lost its section 'A complete answers file'");
        const auto blocks = fencedBlocks(m_readme.mid(at));
        QVERIFY(!blocks.isEmpty());
        QCOMPARE(blocks.first().first, u"yaml"_s);
        auto root = setup::parseAnswers(blocks.first().second.toUtf8());
        QVERIFY2(root, qPrintable(root ? QString() : root.error().toString()));

        // Every plan builds: no unknown key, no bad value.
        const QList<stack::Recipe> recipes = stack::builtinRecipes();
        for (const QString& step : setup::setupStepNames()) {
            auto plan = setup::buildSetupPlan(step, *root, recipes, remote::SudoMode::NoPassword);
            QVERIFY2(plan, qPrintable(step + u": "_s + (plan ? QString() : plan.error().detail)));
        }

        // What the env plan would write passes the recipe's rules: the values it sets are not
        // refused by the recipe that generates the rest.
        const setup::SetupTarget target = setup::targetFromAnswers(*root, recipes);
        const setup::EnvAnswers env = setup::EnvAnswers::fromAnswers(root->section(u"env"_s), target);
        QHash<QString, QString> generated;
        auto computed =
            setup::computeEnv(stack::DotenvDocument(), env, target.recipe, std::nullopt, generated);
        QVERIFY2(computed, qPrintable(computed ? QString() : computed.error().detail));
        QStringList blocking;
        for (const stack::EnvFinding& f : computed->blocking(env.allowFindings))
            blocking << f.code + u": "_s + f.key;
        QVERIFY2(blocking.isEmpty(), qPrintable(blocking.join(u", "_s)));
    }

    // Each synopsis line `capataz-cli CMD ... [--opt ...]` shows options CMD accepts.
    void synopsisOptionsExist()
    {
        static const QRegularExpression option(u"(?<![\\w-])--[a-z][a-z-]+"_s);
        QString command;
        int checked = 0;
        for (const auto& [lang, body] : fencedBlocks(m_readme)) {
            if (lang != u"sh"_s)
                continue;
            for (const QString& line : body.split(u'\n')) {
                const QString t = line.trimmed();
                if (t.startsWith(u"capataz-cli "_s)) {
                    const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
                    command = words.value(1).startsWith(u"--"_s) ? QString() : words.value(1);
                    if (command == u"servers"_s || command == u"env"_s ||
                        (command == u"metrics"_s && words.value(2) == u"alerts"_s))
                        command += u' ' + words.value(2);
                } else if (!line.startsWith(u"  "_s) || command.isEmpty()) {
                    continue; // not a continuation of a synopsis
                }
                if (command.isEmpty())
                    continue;
                const Run help =
                    cli(m_dir.filePath(u"data"_s), command.split(u' ') + QStringList{u"--help"_s});
                QVERIFY2(help.exitCode == 0,
                         qPrintable(command + u" --help: "_s + QString::fromUtf8(help.err)));
                for (auto it = option.globalMatch(t); it.hasNext();) {
                    const QString opt = it.next().captured();
                    if (opt == u"--help"_s)
                        continue;
                    QVERIFY2(help.out.contains(opt.toUtf8()),
                             qPrintable(u"README shows `%1 %2`, which its --help does not list"_s.arg(command,
                                                                                                      opt)));
                    ++checked;
                }
            }
        }
        QVERIFY2(checked >= 30, qPrintable(u"only %1 options found in README synopses"_s.arg(checked)));
    }

    // The three-line error report shown under "Errors go to stderr as three lines".
    void errorReportExampleIsWhatTheCliPrints()
    {
        const qsizetype at = m_readme.indexOf(u"Errors go to stderr as three lines"_s);
        QVERIFY(at >= 0);
        const QString example = fencedBlocks(m_readme.mid(at)).value(0).second.trimmed();
        QVERIFY(example.startsWith(u"capataz-cli: "_s));
        static const QRegularExpression server(u"no server named (\\S+)"_s);
        const QString name = server.match(example).captured(1);
        QVERIFY(!name.isEmpty());
        const Run r = cli(m_dir.filePath(u"empty"_s), {u"exec"_s, name, u"--"_s, u"true"_s});
        QCOMPARE(r.exitCode, 255); // README: 255 when it could not connect
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), example);
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
