// setup/ComposePlan: the `compose:` answers (the published-port keys and their problems), where
// compose.ports sits in the plan, and where its `production` comes from.
#include "setup/ComposePlan.h"
#include "setup/ComposePortsStep.h"
#include "setup/SetupPlans.h"

#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<stack::Recipe> recipes()
{
    stack::Recipe r;
    r.id = u"generic-compose"_s;
    r.composeFiles = {u"docker-compose.yml"_s};
    r.envFile = u".env"_s;
    return {r};
}

AnswerMap parse(const QByteArray& yaml)
{
    auto a = parseAnswers(yaml);
    return a ? *a : AnswerMap();
}

const ComposePortsStep* portsStep(const plan::Plan& p)
{
    for (const auto& s : p.steps()) {
        if (s->id() == u"compose.ports")
            return dynamic_cast<const ComposePortsStep*>(s.get());
    }
    return nullptr;
}

ComposePortsOptions optionsOf(const QByteArray& yaml)
{
    auto plan = buildSetupPlan(u"compose"_s, parse(yaml), recipes(), remote::SudoMode::NoPassword);
    if (!plan)
        return {};
    const ComposePortsStep* s = portsStep(*plan);
    return s ? s->options() : ComposePortsOptions{};
}

} // namespace

class TestComposePlan : public QObject {
    Q_OBJECT
private slots:
    void defaults()
    {
        const AnswerMap section;
        const ComposeAnswers a = ComposeAnswers::fromAnswers(section, SetupTarget{});
        QVERIFY(section.problems().isEmpty());
        QVERIFY(a.bindPortsLocally);
        QVERIFY(a.allowPublicPorts.isEmpty());
        QVERIFY(a.production);
    }

    void portKeys()
    {
        const AnswerMap root =
            parse("compose:\n  bind_ports_locally: false\n  allow_public_ports: [27017, \"8000\", "
                  "27017]\n  production: no\n");
        const AnswerMap section = root.section(u"compose"_s);
        const ComposeAnswers a = ComposeAnswers::fromAnswers(section, SetupTarget{});
        QVERIFY2(section.problems().isEmpty(), qPrintable(section.problems().join(u'\n')));
        QVERIFY(!a.bindPortsLocally);
        QCOMPARE(a.allowPublicPorts, (QList<int>{27017, 8000}));
        QVERIFY(!a.production);
    }

    void badPortsAreProblems()
    {
        const AnswerMap root =
            parse("compose:\n  allow_public_ports: [27017, mongo, 70000]\n  bind_ports: x\n");
        const AnswerMap section = root.section(u"compose"_s);
        const ComposeAnswers a = ComposeAnswers::fromAnswers(section, SetupTarget{});
        const QString all = section.problems().join(u'\n');
        QVERIFY2(
            all.contains(u"compose.allow_public_ports[1]: expected a port from 1 to 65535, not \"mongo\""_s),
            qPrintable(all));
        QVERIFY(all.contains(u"compose.allow_public_ports[2]"_s));
        QVERIFY(all.contains(u"bind_ports"_s)); // unknown key
        QCOMPARE(a.allowPublicPorts, QList<int>{27017});
    }

    void portsStepComesBeforePullAndUp()
    {
        SetupTarget t;
        t.projectDir = u"/opt/app"_s;
        t.composeFiles = {u"deploy/compose.yml"_s};
        auto plan = buildComposePlan(ComposeAnswers{}, t);
        QVERIFY(plan);
        QStringList ids;
        for (const auto& s : plan->steps())
            ids << s->id();
        QCOMPARE(ids, (QStringList{u"compose.config"_s, u"compose.ports"_s, u"compose.pull"_s,
                                   u"compose.build"_s, u"compose.up"_s, u"compose.wait"_s}));
        const ComposePortsStep* ports = portsStep(*plan);
        QVERIFY(ports);
        QCOMPARE(ports->overrideFile(), u"deploy/docker-compose.capataz-ports.yml"_s);
        QCOMPARE(ports->versionCommand()->argv(),
                 (QStringList{u"docker"_s, u"compose"_s, u"version"_s, u"--short"_s}));
        SetupTarget v1 = t;
        v1.compose = remote::ServerFacts::ComposeKind::V1Standalone;
        QCOMPARE(ComposePortsStep(v1, {}).versionCommand()->argv(),
                 (QStringList{u"docker-compose"_s, u"version"_s, u"--short"_s}));
        SetupTarget podman = t;
        podman.compose = remote::ServerFacts::ComposeKind::Podman;
        QVERIFY(!ComposePortsStep(podman, {}).versionCommand()); // never overrides: nothing to ask
        // The caller's target is not touched: the plan has its own list of added files.
        QVERIFY(t.addedComposeFiles->isEmpty());
    }

    void addedFilesFollowTheComposeFiles()
    {
        SetupTarget t;
        t.composeFiles = {u"docker-compose.yml"_s};
        t.profiles = {u"gpu"_s};
        t.addedComposeFiles->append(u"docker-compose.capataz-ports.yml"_s);
        QCOMPARE(t.composeArgv(),
                 (QStringList{u"docker"_s, u"compose"_s, u"-f"_s, u"docker-compose.yml"_s, u"-f"_s,
                              u"docker-compose.capataz-ports.yml"_s, u"--profile"_s, u"gpu"_s}));
    }

    void productionComesFromComposeThenEnv()
    {
        const QByteArray top = "project_dir: /opt/app\n";
        QVERIFY(optionsOf(top).production);                                  // default
        QVERIFY(!optionsOf(top + "env:\n  production: false\n").production); // the env page's choice
        QVERIFY(optionsOf(top + "env:\n  production: false\ncompose:\n  production: true\n").production);
        QVERIFY(!optionsOf(top + "compose:\n  production: false\n").production);
        const ComposePortsOptions o = optionsOf(top + "compose:\n  allow_public_ports: [5432]\n");
        QCOMPARE(o.allowPublic, QList<int>{5432});
        QVERIFY(o.bindLocally);
    }
};

QTEST_GUILESS_MAIN(TestComposePlan)
#include "tst_composeplan.moc"
