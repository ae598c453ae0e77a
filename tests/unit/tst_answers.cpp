// setup::AnswerMap, parseAnswers and targetFromAnswers: what `capataz-cli plan --answers FILE`
// does with a file written by a person (typos, wrong shapes, hostile values): every problem is
// reported at once, each with its full key path, and nothing malformed reaches a command line
// unquoted.
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace capataz;
using namespace capataz::setup;

namespace {

stack::Recipe recipe(const QString& id, const QString& projectDir)
{
    stack::Recipe r;
    r.id = id;
    r.projectDir = projectDir;
    r.composeFiles = {u"docker-compose.yml"_s, u"docker-compose.prod.yml"_s};
    r.envFile = u".env"_s;
    r.profileSets = {stack::RecipeProfileSet{u"base"_s, {}, {u"redis"_s}, 0},
                     stack::RecipeProfileSet{u"full"_s, {}, {u"redis"_s, u"worker"_s}, 0}};
    return r;
}

QList<stack::Recipe> recipes()
{
    return {recipe(u"generic-compose"_s, {}), recipe(u"rag-backend"_s, u"/opt/rag"_s)};
}

AnswerMap parse(const QByteArray& yaml)
{
    auto r = parseAnswers(yaml);
    if (!r)
        qFatal("test YAML does not parse: %s", qPrintable(r.error().toString()));
    return *r;
}

} // namespace

class TestAnswers : public QObject {
    Q_OBJECT

private slots:
    void notYamlIsAParseErrorWithItsPosition()
    {
        auto r = parseAnswers("recipe: rag-backend\nfirewall: [22, 80\n");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QVERIFY2(r.error().detail.startsWith(u"line "_s), qPrintable(r.error().detail));
    }

    void topLevelMustBeAMapping()
    {
        auto list = parseAnswers("- a\n- b\n");
        QVERIFY(!list);
        QCOMPARE(list.error().code, ErrorCode::InvalidArgument);
        auto scalar = parseAnswers("just text\n");
        QVERIFY(!scalar);
        QCOMPARE(scalar.error().code, ErrorCode::InvalidArgument);
        auto empty = parseAnswers("");
        QVERIFY(empty);
        QVERIFY(empty->values().isEmpty());
    }

    void deepNestingIsRefusedNotACrash()
    {
        const QByteArray flow = QByteArray("a: ") + QByteArray(100000, '[') + QByteArray(100000, ']');
        auto r = parseAnswers(flow);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QByteArray block;
        for (int i = 0; i < 40; ++i)
            block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
        block += QByteArray(80, ' ') + "leaf: x\n";
        auto deep = parseAnswers(block);
        QVERIFY(!deep);
        QVERIFY2(deep.error().detail.contains(u"nested"_s), qPrintable(deep.error().detail));
    }

    void wrongShapesAreProblemsWithKeyPaths()
    {
        const AnswerMap root = parse("firewall:\n"
                                     "  ssh_port: seventy\n"
                                     "  extra_ports: {a: b}\n"
                                     "  enable: maybe\n"
                                     "  limit: 70000\n"
                                     "nginx: just-a-string\n"
                                     "env:\n"
                                     "  set: [1, 2]\n"
                                     "  generate: [ok, {nested: map}]\n");
        const AnswerMap fw = root.section(u"firewall"_s);
        QCOMPARE(fw.path(), u"firewall"_s);
        QCOMPARE(fw.port(u"ssh_port"_s, 22), 22);
        QCOMPARE(fw.stringList(u"extra_ports"_s, {u"x"_s}), QStringList{u"x"_s});
        QCOMPARE(fw.flag(u"enable"_s, true), true);
        QCOMPARE(fw.integer(u"limit"_s, 5, 1, 65535), 5);
        const AnswerMap nginx = root.section(u"nginx"_s);
        QVERIFY(nginx.values().isEmpty());
        const AnswerMap env = root.section(u"env"_s);
        QVERIFY(env.map(u"set"_s).isEmpty());
        QCOMPARE(env.stringList(u"generate"_s), QStringList{u"ok"_s});

        const QStringList problems = root.problems();
        const QStringList paths{u"firewall.ssh_port: "_s,
                                u"firewall.extra_ports: "_s,
                                u"firewall.enable: "_s,
                                u"firewall.limit: "_s,
                                u"nginx: "_s,
                                u"env.set: "_s,
                                u"env.generate[1]: "_s};
        QCOMPARE(problems.size(), paths.size());
        for (const QString& p : paths) {
            const bool found = std::any_of(problems.begin(), problems.end(),
                                           [&](const QString& line) { return line.startsWith(p); });
            QVERIFY2(found, qPrintable(p + u" not in:\n"_s + problems.join(u'\n')));
        }
        QVERIFY(problems.filter(u"from 1 to 65535"_s).size() == 2);
        auto result = root.result();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(result.error().detail.split(u'\n').size(), paths.size());
    }

    void unknownKeysAreNamed()
    {
        const AnswerMap root = parse("server_check:\n  install_mising: true\n  project_source: {gti: x}\n");
        const AnswerMap sc = root.section(u"server_check"_s);
        sc.allowOnly({u"install_missing"_s, u"project_source"_s});
        sc.section(u"project_source"_s).allowOnly({u"git"_s, u"branch"_s, u"upload"_s});
        const QStringList problems = root.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems[0].startsWith(u"server_check.install_mising: unknown key"_s),
                 qPrintable(problems[0]));
        QVERIFY(problems[0].contains(u"install_missing"_s)); // the known keys are listed
        QVERIFY2(problems[1].startsWith(u"server_check.project_source.gti: unknown key"_s),
                 qPrintable(problems[1]));
    }

    void valuesAreTextAsYamlGivesThem()
    {
        const AnswerMap root = parse("a: yes\nb: off\nc: \"0042\"\nd: 8080\ne: [x, y]\nf: single\n");
        QCOMPARE(root.flag(u"a"_s, false), true);
        QCOMPARE(root.flag(u"b"_s, true), false);
        QCOMPARE(root.port(u"c"_s, 1), 42);
        QCOMPARE(root.port(u"d"_s, 1), 8080);
        QCOMPARE(root.stringList(u"e"_s), (QStringList{u"x"_s, u"y"_s}));
        QCOMPARE(root.stringList(u"f"_s), QStringList{u"single"_s});
        QCOMPARE(root.string(u"missing"_s, u"fallback"_s), u"fallback"_s);
        QVERIFY(root.problems().isEmpty());

        // A GUI page hands its list widgets' values over as a QStringList.
        const AnswerMap page(QVariantMap{{u"allow"_s, QStringList{u"80"_s, u"443"_s}}}, u"firewall"_s);
        QCOMPARE(page.stringList(u"allow"_s), (QStringList{u"80"_s, u"443"_s}));
        QVERIFY(page.problems().isEmpty());
    }

    void targetDefaultsComeFromTheRecipe()
    {
        const AnswerMap root = parse("recipe: rag-backend\n");
        const SetupTarget t = targetFromAnswers(root, recipes());
        QVERIFY2(root.problems().isEmpty(), qPrintable(root.problems().join(u'\n')));
        QCOMPARE(t.recipe.id, u"rag-backend"_s);
        QCOMPARE(t.projectDir, u"/opt/rag"_s);
        QCOMPARE(t.composeFiles, (QStringList{u"docker-compose.yml"_s, u"docker-compose.prod.yml"_s}));
        QCOMPARE(t.profiles, QStringList{u"redis"_s}); // the first profile set
        QCOMPARE(t.envPath(), u"/opt/rag/.env"_s);
        QCOMPARE(t.composeArgv(),
                 (QStringList{u"docker"_s, u"compose"_s, u"-f"_s, u"docker-compose.yml"_s, u"-f"_s,
                              u"docker-compose.prod.yml"_s, u"--profile"_s, u"redis"_s}));
    }

    void targetFromExplicitKeys()
    {
        const AnswerMap root =
            parse("recipe: rag-backend\nproject_dir: /srv/app///\ncompose_files: compose.yaml\n"
                  "profile_set: full\nenv_file: prod.env\ncompose_command: docker-compose\n");
        const SetupTarget t = targetFromAnswers(root, recipes());
        QVERIFY2(root.problems().isEmpty(), qPrintable(root.problems().join(u'\n')));
        QCOMPARE(t.projectDir, u"/srv/app"_s);
        QCOMPARE(t.composeFiles, QStringList{u"compose.yaml"_s});
        QCOMPARE(t.profiles, (QStringList{u"redis"_s, u"worker"_s}));
        QCOMPARE(t.envPath(), u"/srv/app/prod.env"_s);
        QCOMPARE(t.composeArgv().first(), u"docker-compose"_s);
        const remote::Command up = t.composeCommand({u"up"_s, u"-d"_s});
        QVERIFY(up.needsRoot());
        QCOMPARE(up.directory(), u"/srv/app"_s);
        QCOMPARE(up.argv().mid(up.argv().size() - 2), (QStringList{u"up"_s, u"-d"_s}));

        const AnswerMap explicitProfiles =
            parse("recipe: rag-backend\nprofiles: [a, b]\ncompose_command: podman-compose\n");
        const SetupTarget p = targetFromAnswers(explicitProfiles, recipes());
        QCOMPARE(p.profiles, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(p.composeArgv().first(), u"podman-compose"_s);
    }

    // capataz-cli plan starts where the wizard does: the profile's directory, and the recipe
    // that directory suggests, unless the answers say otherwise.
    void targetStartsFromTheServerProfile()
    {
        QStringList taken;
        const AnswerMap bare =
            withProfileDefaults(parse("env_file: prod.env\n"), u"/opt/rag/"_s, recipes(), &taken);
        QCOMPARE(taken, (QStringList{u"project_dir"_s, u"recipe"_s}));
        const SetupTarget t = targetFromAnswers(bare, recipes());
        QVERIFY2(bare.problems().isEmpty(), qPrintable(bare.problems().join(u'\n')));
        QCOMPARE(t.recipe.id, u"rag-backend"_s);
        QCOMPARE(t.projectDir, u"/opt/rag"_s);
        QCOMPARE(t.envPath(), u"/opt/rag/prod.env"_s);

        // A directory no recipe knows: the generic recipe, in the profile's directory (which
        // also wins over a recipe's usual directory).
        taken.clear();
        const AnswerMap other = withProfileDefaults(parse("{}\n"), u"/srv/app"_s, recipes(), &taken);
        QCOMPARE(targetFromAnswers(other, recipes()).recipe.id, stack::kGenericRecipeId.toString());
        const AnswerMap chosen =
            withProfileDefaults(parse("recipe: rag-backend\n"), u"/srv/app"_s, recipes());
        QCOMPARE(targetFromAnswers(chosen, recipes()).projectDir, u"/srv/app"_s);

        // What the answers say stays; a profile without a directory changes nothing.
        taken.clear();
        const AnswerMap explicitKeys = withProfileDefaults(parse("recipe: rag-backend\nproject_dir: /x\n"),
                                                           u"/srv/app"_s, recipes(), &taken);
        QVERIFY(taken.isEmpty());
        QCOMPARE(targetFromAnswers(explicitKeys, recipes()).projectDir, u"/x"_s);
        const AnswerMap noProfileDir = withProfileDefaults(parse("{}\n"), u"  "_s, recipes(), &taken);
        QVERIFY(!noProfileDir.has(u"project_dir"_s));
        QVERIFY(taken.isEmpty());
    }

    void everyTargetProblemAtOnce()
    {
        const AnswerMap root =
            parse("recipe: wordpress\nproject_dir: relative/dir\nprofile_set: nope\n"
                  "compose_command: \"docker compose; rm -rf /\"\ncompose_files: {a: b}\n");
        (void)targetFromAnswers(root, recipes());
        const QStringList problems = root.problems();
        for (const QString& key : {u"recipe: unknown recipe"_s, u"project_dir: must be an absolute path"_s,
                                   u"compose_command: expected"_s, u"compose_files: expected a list"_s}) {
            QVERIFY2(!problems.filter(key).isEmpty(),
                     qPrintable(key + u" not in:\n"_s + problems.join(u'\n')));
        }
        QVERIFY2(problems.filter(u"recipe: "_s).first().contains(u"rag-backend"_s),
                 "known recipes are listed");

        const AnswerMap noDir = parse("recipe: generic-compose\n");
        (void)targetFromAnswers(noDir, recipes());
        QVERIFY(!noDir.problems().filter(u"project_dir: missing"_s).isEmpty());

        const AnswerMap badSet = parse("recipe: rag-backend\nprofile_set: nope\n");
        (void)targetFromAnswers(badSet, recipes());
        QVERIFY(
            !badSet.problems().filter(u"profile_set: the recipe has no profile set \"nope\""_s).isEmpty());
    }

    void recipeFilePathThatCannotBeRead()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nope.yaml"_s);
        const AnswerMap root =
            AnswerMap(QVariantMap{{u"recipe"_s, missing}, {u"project_dir"_s, u"/opt/x"_s}});
        (void)targetFromAnswers(root, recipes());
        QCOMPARE(root.problems().size(), 1);
        QVERIFY2(root.problems().first().startsWith(u"recipe: cannot read "_s),
                 qPrintable(root.problems().first()));
    }

    void hostileValuesStayOneArgument()
    {
        const QString evil = u"/opt/x; rm -rf / #$(reboot)`id`"_s;
        const AnswerMap root(QVariantMap{{u"recipe"_s, u"rag-backend"_s},
                                         {u"project_dir"_s, evil},
                                         {u"profiles"_s, QVariantList{u"a b"_s, u"$(x)"_s}}});
        const SetupTarget t = targetFromAnswers(root, recipes());
        QVERIFY(root.problems().isEmpty());
        auto shell = t.composeCommand({u"ps"_s}).toShell(remote::SudoMode::RootLogin);
        QVERIFY(shell);
        // every hostile word arrives quoted: no bare ; $( or ` outside single quotes
        QVERIFY2(shell->contains(u"'/opt/x; rm -rf / #$(reboot)`id`'"_s), qPrintable(*shell));
        QVERIFY2(shell->contains(u"'$(x)'"_s), qPrintable(*shell));

        const AnswerMap nul(
            QVariantMap{{u"recipe"_s, u"rag-backend"_s}, {u"project_dir"_s, u"/opt/a\u0000b"_s}});
        const SetupTarget tn = targetFromAnswers(nul, recipes());
        QVERIFY(!tn.composeCommand({u"ps"_s}).toShell(remote::SudoMode::RootLogin));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
