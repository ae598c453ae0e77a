#include "AuditView.h"

#include "AuditTableModel.h"
#include "AuditText.h"
#include "ErrorText.h"
#include "client/ServerRegistry.h"
#include "store/AuditReader.h"
#include "store/RolePolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>
#include <iterator>

namespace capataz::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
// The time filter's choices: hours back, 0 = any time.
constexpr int kSinceHours[] = {0, 24, 24 * 7, 24 * 30};

template <typename W> W* named(W* w, const char* name)
{
    w->setObjectName(QString::fromLatin1(name));
    return w;
}
} // namespace

AuditView::AuditView(client::ServerRegistry& registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_reader(new store::AuditReader(registry.dataDirectory(), this))
    , m_model(new AuditTableModel(*m_reader, this))
    , m_serverLabel(new QLabel(this))
    , m_server(named(new QComboBox(this), "auditServer"))
    , m_planLabel(new QLabel(this))
    , m_plan(named(new QComboBox(this), "auditPlan"))
    , m_resultLabel(new QLabel(this))
    , m_result(named(new QComboBox(this), "auditResult"))
    , m_sinceLabel(new QLabel(this))
    , m_since(named(new QComboBox(this), "auditSince"))
    , m_searchLabel(new QLabel(this))
    , m_search(named(new QLineEdit(this), "auditSearch"))
    , m_table(named(new QTableView(this), "auditTable"))
    , m_detailLabel(new QLabel(this))
    , m_detail(named(new QPlainTextEdit(this), "auditDetail"))
    , m_count(named(new QLabel(this), "auditCount"))
    , m_export(named(new QPushButton(this), "auditExport"))
    , m_close(named(new QPushButton(this), "auditClose"))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"auditView"_s);
    QList<store::ServerProfile> profiles;
    for (int i = 0; i < m_registry.count(); ++i)
        profiles << m_registry.at(i)->profile();
    m_hidden = store::auditHiddenServers(profiles).value_or(QStringList());

    m_serverLabel->setBuddy(m_server);
    m_planLabel->setBuddy(m_plan);
    m_resultLabel->setBuddy(m_result);
    m_sinceLabel->setBuddy(m_since);
    m_searchLabel->setBuddy(m_search);
    m_detailLabel->setBuddy(m_detail);
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setClearButtonEnabled(true);
    for (int i = 0; i < 3; ++i)
        m_result->addItem(QString());
    for (std::size_t i = 0; i < std::size(kSinceHours); ++i)
        m_since->addItem(QString(), kSinceHours[i]);
    m_server->addItem(QString());
    m_plan->addItem(QString());

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: no pass over 100,000 rows to measure them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.averageCharWidth() * 2;
    m_table->setColumnWidth(AuditTableModel::When, fm.horizontalAdvance(u"0000-00-00 00:00:00"_s) + pad);
    // In average characters: who, server, plan, step, action, result, duration, exit code.
    const int chars[] = {9, 18, 24, 18, 10, 14, 10, 9};
    for (int c = AuditTableModel::Who; c <= AuditTableModel::Exit; ++c)
        m_table->setColumnWidth(c, chars[c - AuditTableModel::Who] * fm.averageCharWidth() + pad);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* filters = new QGridLayout;
    filters->addWidget(m_serverLabel, 0, 0);
    filters->addWidget(m_server, 0, 1);
    filters->addWidget(m_planLabel, 0, 2);
    filters->addWidget(m_plan, 0, 3);
    filters->addWidget(m_resultLabel, 0, 4);
    filters->addWidget(m_result, 0, 5);
    filters->addWidget(m_sinceLabel, 0, 6);
    filters->addWidget(m_since, 0, 7);
    filters->addWidget(m_searchLabel, 1, 0);
    filters->addWidget(m_search, 1, 1, 1, 7);
    filters->setColumnStretch(8, 1); // the filters keep their size, the space goes to the right

    auto* detailBox = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_detail);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &AuditView::reload);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AuditView::reload);
    for (QComboBox* c : {m_server, m_plan, m_result, m_since})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditView::reload);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditView::chooseExportFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::showCurrent);
    connect(m_model, &AuditTableModel::loaded, this, &AuditView::updateCount);
    connect(m_model, &AuditTableModel::failed, this,
            [this](const Error& e) { m_count->setText(ErrorText::sentence(e)); });
    connect(m_reader, &store::AuditReader::counted, this, [this](int request, const Result<qint64>& total) {
        if (request != m_countRequest)
            return;
        m_total = total.value_or(-1);
        updateCount();
    });
    connect(
        m_reader, &store::AuditReader::choicesReady, this,
        [this](int, const QStringList& servers, const QStringList& plans) { fillChoices(servers, plans); });
    connect(m_reader, &store::AuditReader::exported, this,
            [this](int, const Result<qint64>& rows) { emit exportFinished(rows); });

    resize(1200, 700);
    retranslateUi();
    m_reader->choices();
    reload();
}

AuditView::~AuditView() = default;

store::AuditFilter AuditView::currentFilter() const
{
    store::AuditFilter f;
    f.hiddenServers = m_hidden;
    if (m_server->currentIndex() > 0)
        f.server = m_server->currentText();
    if (m_plan->currentIndex() > 0)
        f.plan = m_plan->currentData().toString(); // as recorded; the text is translated
    f.outcome = m_result->currentIndex() == 1   ? store::AuditOutcome::Ok
                : m_result->currentIndex() == 2 ? store::AuditOutcome::Failed
                                                : store::AuditOutcome::Any;
    if (const int hours = m_since->currentData().toInt(); hours > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    f.text = m_search->text().trimmed();
    return f;
}

void AuditView::reload()
{
    m_searchDelay->stop();
    const store::AuditFilter f = currentFilter();
    m_total = -1;
    m_model->setFilter(f);
    m_countRequest = m_reader->count(f);
    updateCount();
}

void AuditView::fillChoices(const QStringList& servers, const QStringList& plans)
{
    const QString server = m_server->currentIndex() > 0 ? m_server->currentText() : QString();
    const QString plan = m_plan->currentIndex() > 0 ? m_plan->currentData().toString() : QString();
    const QSignalBlocker a(m_server), b(m_plan);
    while (m_server->count() > 1)
        m_server->removeItem(1);
    for (const QString& s : servers)
        if (!m_hidden.contains(s, Qt::CaseInsensitive))
            m_server->addItem(s);
    while (m_plan->count() > 1)
        m_plan->removeItem(1);
    for (const QString& p : plans)
        m_plan->addItem(audittext::plan(p), p);
    m_server->setCurrentIndex(std::max(0, m_server->findText(server)));
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(plan)));
}

void AuditView::showCurrent()
{
    const store::AuditEntry* e = m_model->entry(m_table->currentIndex().row());
    m_detail->setPlainText(e ? audittext::details(*e) : QString());
}

void AuditView::updateCount()
{
    if (m_total >= 0)
        m_count->setText(tr("%n entries match", nullptr, int(std::min<qint64>(m_total, INT_MAX))));
    else if (m_model->isLoading())
        m_count->setText(tr("Reading the audit log…"));
    else
        m_count->setText(tr("%n entries shown", nullptr, m_model->rowCount()));
    m_export->setEnabled(m_model->rowCount() > 0);
}

void AuditView::exportTo(const QString& path)
{
    m_reader->exportCsv(currentFilter(), path);
}

void AuditView::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export the audit log"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"auditExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(u"capataz-audit.csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_export->setEnabled(false);
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn =
            connect(this, &AuditView::exportFinished, this, [this, path, conn](const Result<qint64>& rows) {
                disconnect(*conn);
                m_export->setEnabled(true);
                if (rows)
                    m_count->setText(tr("%n entries written to %1", nullptr, int(*rows)).arg(path));
                else
                    QMessageBox::warning(this, tr("Export the audit log"),
                                         ErrorText::sentence(rows.error()) + u"\n\n"_s + rows.error().detail);
            });
        exportTo(path);
    });
    dialog->open();
}

void AuditView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AuditView::retranslateUi()
{
    setWindowTitle(tr("Audit log"));
    showCurrent(); // the selected entry's details in the new language too
    m_serverLabel->setText(tr("&Server:"));
    m_planLabel->setText(tr("&Plan:"));
    m_resultLabel->setText(tr("&Result:"));
    m_sinceLabel->setText(tr("&Time:"));
    m_searchLabel->setText(tr("Searc&h:"));
    m_search->setPlaceholderText(tr("Text in the step, result or detail"));
    m_detailLabel->setText(tr("&Commands, output and changes of the selected entry:"));
    m_server->setItemText(0, tr("All servers"));
    m_plan->setItemText(0, tr("All plans"));
    for (int i = 1; i < m_plan->count(); ++i)
        m_plan->setItemText(i, audittext::plan(m_plan->itemData(i).toString()));
    m_result->setItemText(0, tr("Any result"));
    m_result->setItemText(1, tr("Succeeded"));
    m_result->setItemText(2, tr("Failed"));
    m_since->setItemText(0, tr("Any time"));
    m_since->setItemText(1, tr("Last 24 hours"));
    m_since->setItemText(2, tr("Last 7 days"));
    m_since->setItemText(3, tr("Last 30 days"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("Write the entries the filters show to a CSV file"));
    m_close->setText(tr("Close"));
    showCurrent();
    updateCount();
    emit m_model->headerDataChanged(Qt::Horizontal, 0, AuditTableModel::ColumnCount - 1);
    m_table->viewport()->update(); // plan titles and the log's own words are shown translated
    // No column narrower than its title in this language ("Código de salida" was cut).
    const QHeaderView* header = m_table->horizontalHeader();
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                       2 * header->fontMetrics().averageCharWidth();
    for (int c = 0; c < AuditTableModel::ColumnCount - 1; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        const int need = header->fontMetrics().horizontalAdvance(title) + margin;
        if (m_table->columnWidth(c) < need)
            m_table->setColumnWidth(c, need);
    }
}

} // namespace capataz::ui
