// The checks from outside name the setup step that fixes each finding
// (health::OutsideFinding::wizardStep()); the setup wizard opens that step's page by the same
// name (SetupWizard::openStep). Every finding's step is one the wizard has, and opening it shows
// the page of that step; an unknown name opens nothing.
#include "health/OutsideFinding.h"
#include "setup/SetupPlans.h"
#include "setup/SetupWizard.h"

#include <QApplication>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;
using Kind = health::OutsideFinding::Kind;

class TestFindingSteps : public QObject {
    Q_OBJECT

private slots:
    void everyFindingOpensItsPage()
    {
        ui::SetupWizard wizard;
        wizard.show();
        QStringList planNames;
        for (const auto& info : setup::setupStepInfos())
            planNames << info.name;
        for (Kind k : {Kind::PortExposed, Kind::SshUnreachable, Kind::WebPortShut, Kind::AllowedPortShut,
                       Kind::TlsFailed, Kind::CertificateUntrusted, Kind::CertificateWrongName,
                       Kind::CertificateExpired, Kind::CertificateExpiresSoon, Kind::NoHttpsRedirect}) {
            for (const QString& role : {u"published"_s, u"common"_s}) {
                health::OutsideFinding f;
                f.kind = k;
                f.role = role;
                f.port = 80;
                const QString step = f.wizardStep();
                QVERIFY2(planNames.contains(step), qPrintable(f.code() + u' ' + step));
                QVERIFY2(wizard.openStep(step), qPrintable(step));
                QCOMPARE(wizard.page(wizard.currentPage())->objectName(),
                         ui::SetupWizard::pageNameForStep(step));
                QVERIFY(!f.sentence().isEmpty() && !f.why().isEmpty());
            }
        }
        QVERIFY(wizard.openStep(u"compose"_s));
        QCOMPARE(wizard.page(wizard.currentPage())->objectName(), u"composePage"_s);
        const int before = wizard.currentPage();
        QVERIFY(!wizard.openStep(u"no-such-step"_s));
        QCOMPARE(wizard.currentPage(), before);
    }
};

QTEST_MAIN(TestFindingSteps)
#include "tst_findingsteps.moc"
