// The wizard's output pane after a language switch: the steps' own sentences (Step::appendNote)
// are shown again in the new language; what the commands printed stays as it came.
#include "LanguageManager.h"
#include "plan/Step.h"
#include "setup/PlanRunView.h"

#include <QApplication>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestPlanRunView : public QObject {
    Q_OBJECT

private slots:
    void notesFollowTheLanguage()
    {
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        ui::PlanRunView view;
        view.start({});
        const plan::OutputNote note{
            Text(QT_TRANSLATE_NOOP("capataz::plan",
                                   "every service is running with its current configuration")),
            u"check"_s};
        const plan::OutputNote withArgs{
            Text(QT_TRANSLATE_NOOP("capataz::plan", "%1 is missing"), {u"/srv/app/.env"_s}), u"check"_s};
        view.appendOutput(u"Status: inactive\n"_s);
        view.appendOutput(note.render(), note);
        view.appendOutput(u"Rules updated\n"_s);
        view.appendOutput(withArgs.render(), withArgs);
        QCOMPARE(view.outputText(), u"Status: inactive\n[check] every service is running with its current "
                                    u"configuration\nRules updated\n[check] /srv/app/.env is missing\n"_s);

        ui::LanguageManager::instance().setLanguage(u"es"_s);
        view.retranslateUi();
        QCOMPARE(view.outputText(),
                 u"Status: inactive\n[check] todos los servicios están en marcha con su "
                 u"configuración actual\nRules updated\n[check] /srv/app/.env no existe\n"_s);

        ui::LanguageManager::instance().setLanguage(u"en"_s);
        view.retranslateUi();
        QVERIFY(view.outputText().contains(u"[check] /srv/app/.env is missing"_s));

        // A new run starts empty: nothing of the last one comes back on a switch.
        view.start({});
        view.appendOutput(u"plain\n"_s);
        view.retranslateUi();
        QCOMPARE(view.outputText(), u"plain\n"_s);
    }
};

QTEST_MAIN(TestPlanRunView)
#include "tst_planrunview.moc"
