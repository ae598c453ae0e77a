// The fleet overview without a server: FleetModel's rows fed with statuses of every kind are
// shown worst first (no answer, needs attention, not checked, maintenance, all well), sort by any
// column, filter by name or description, and a double click asks to open that server; a server
// that stopped answering says since when, never its last green. 1,000 servers fill, sort and
// paint without a freeze: the time next to 10 servers is printed (`ratio fleet_1000_vs_10`).
#include "GuiTestSupport.h"
#include "client/ServerRegistry.h"
#include "status/FleetModel.h"
#include "status/FleetView.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace capataz;
using namespace capataz::status;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

ServerStatus make(const QString& name, int kind)
{
    ServerStatus s;
    s.server = name;
    s.checkedAt = kNow;
    s.reachable = true;
    s.lastAnswerAt = kNow;
    s.composeKnown = true;
    s.servicesRunning = 2;
    s.diskTotalBytes = 100'000'000'000;
    s.diskFreeBytes = 50'000'000'000;
    s.certificateUntil = kNow.addDays(40);
    switch (kind % 5) {
    case 0: // all well
        break;
    case 1: // disk nearly full
        s.diskFreeBytes = 4'000'000'000;
        break;
    case 2: // no answer
        s.reachable = false;
        s.lastAnswerAt = {};
        break;
    case 3: // maintenance
        s.settings.maintenanceNote = u"Disk change"_s;
        s.settings.maintenanceUntil = kNow.addSecs(3600);
        break;
    case 4: // certificate near expiry; backups, one drilled
        s.certificateUntil = kNow.addDays(3);
        s.backup = BackupStatus{true, kNow.addSecs(-3600), kNow.addDays(-2), 24};
        break;
    }
    return s;
}

// Fills a table of `n` servers and paints it; returns the milliseconds it took.
qint64 fillAndPaint(int n)
{
    QElapsedTimer t;
    t.start();
    ui::FleetModel model;
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << u"server-%1"_s.arg(i, 4, 10, QChar(u'0'));
    model.setServers(names);
    for (int i = 0; i < n; ++i)
        model.setStatus(i, make(names[i], i));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::FleetModel::SortRole);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ui::FleetModel::Health, Qt::AscendingOrder);
    view.resize(1200, 640);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return -1;
    (void)view.grab();
    return t.elapsed();
}

} // namespace

class TestFleetView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void worstFirstFilterAndOpen()
    {
        client::ServerRegistry registry;
        QVERIFY(registry.open(m_dir.path()));
        const QStringList names{u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s, u"foxtrot"_s};
        for (const QString& n : names) {
            store::ServerProfile p;
            p.name = n;
            p.host = n + u".example.com"_s;
            p.user = u"ops"_s;
            QVERIFY(registry.add(p));
        }
        ui::FleetView fleet(registry);
        fleet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fleet));
        ui::FleetModel* model = fleet.model();
        QCOMPARE(model->rowCount(), 6);
        // alpha well, bravo disk, charlie no answer, delta maintenance, echo certificate; foxtrot unchecked.
        for (int i = 0; i < 5; ++i)
            model->setStatus(model->row(names[i]), make(names[i], i));
        QAbstractItemModel* shown = fleet.table()->model();
        QStringList order;
        for (int r = 0; r < shown->rowCount(); ++r)
            order << shown->index(r, 0).data(ui::FleetModel::NameRole).toString();
        QCOMPARE(order.first(), u"charlie"_s);                           // no answer first
        QCOMPARE(order.mid(1, 2), (QStringList{u"bravo"_s, u"echo"_s})); // then needs attention
        QCOMPARE(order.at(3), u"foxtrot"_s);                             // not checked
        QCOMPARE(order.at(4), u"delta"_s);                               // maintenance
        QCOMPARE(order.last(), u"alpha"_s);                              // all well last
        QCOMPARE(shown->index(0, ui::FleetModel::Reachable).data().toString(), u"No answer"_s);

        // A server that answered before says since when, and is not green.
        ServerStatus gone = make(u"alpha"_s, 2);
        gone.lastAnswerAt = {};
        model->setStatus(model->row(u"alpha"_s), make(u"alpha"_s, 0));
        model->setStatus(model->row(u"alpha"_s), gone);
        const QModelIndex alphaAnswers = model->index(model->row(u"alpha"_s), ui::FleetModel::Reachable);
        QVERIFY2(alphaAnswers.data().toString().startsWith(u"No answer since "_s),
                 qPrintable(alphaAnswers.data().toString()));

        const QModelIndex echoRow = model->index(model->row(u"echo"_s), 0);
        QCOMPARE(echoRow.siblingAtColumn(ui::FleetModel::Drill).data().toString(), u"2 days ago"_s);
        QCOMPARE(echoRow.siblingAtColumn(ui::FleetModel::Backup).data().toString(), u"60 minutes ago"_s);
        QCOMPARE(model->index(model->row(u"alpha"_s), ui::FleetModel::Backup).data().toString(),
                 u"not set up"_s);

        // Sort by disk: the fullest first.
        fleet.table()->sortByColumn(ui::FleetModel::Disk, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, 0).data(ui::FleetModel::NameRole).toString(), u"bravo"_s);

        // Filter by name.
        QTest::keyClicks(test::child<QLineEdit>(&fleet, u"fleetFilter"_s), u"ECH"_s);
        QCOMPARE(shown->rowCount(), 1);
        QSignalSpy open(&fleet, &ui::FleetView::openRequested);
        emit fleet.table()->activated(shown->index(0, 1));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), u"echo"_s);
    }

    void thousandServersStayFast()
    {
        (void)fillAndPaint(10); // warm up fonts and styles
        const qint64 ten = std::max<qint64>(1, fillAndPaint(10));
        const qint64 thousand = fillAndPaint(1000);
        QVERIFY(thousand >= 0);
        qInfo("ratio fleet_1000_vs_10 %.2f (%lld ms vs %lld ms)", double(thousand) / double(ten), thousand,
              ten);
        QVERIFY2(thousand < 3000, qPrintable(u"1,000 servers took %1 ms"_s.arg(thousand)));
    }
};

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
