#include "EnvPage.h"

#include "EnvTableModel.h"
#include "EnvValueDelegate.h"
#include "ErrorText.h"
#include "client/ProjectService.h"
#include "setup/EnvPlan.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

EnvPage::EnvPage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"envPage"_s, parent)
    , m_model(new EnvTableModel(this))
{
    m_fromExample = new QCheckBox(formWidget());
    m_fromExample->setObjectName(u"envFromExample"_s);
    m_fromExample->setChecked(true);
    m_generateMissing = new QCheckBox(formWidget());
    m_generateMissing->setObjectName(u"envGenerateMissing"_s);
    m_generateMissing->setChecked(true);
    m_reload = new QPushButton(formWidget());
    m_reload->setObjectName(u"envReload"_s);
    m_reload->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_source = new QLabel(formWidget());
    m_source->setObjectName(u"envSource"_s);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    auto* top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_reload);

    m_table = new QTableView(formWidget());
    m_table->setObjectName(u"envTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(EnvTableModel::ValueColumn, new EnvValueDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(EnvTableModel::KeyColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EnvTableModel::ValueColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(EnvTableModel::RevealColumn,
                                                      QHeaderView::ResizeToContents);
    // Fixed: ResizeToContents measures the model's (empty) text, not the Generate buttons, and
    // cut "Generar" short; the width follows the buttons' own size (below).
    m_table->horizontalHeader()->setSectionResizeMode(EnvTableModel::GenerateColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EnvTableModel::ValueColumn, 260);
    m_table->setMinimumHeight(120);

    m_findingsTitle = new QLabel(formWidget());
    m_findings = new QListWidget(formWidget());
    m_findings->setObjectName(u"envFindings"_s);
    m_findings->setMinimumHeight(80);
    m_findings->setWordWrap(true);

    // The findings beside the table, not under it: on a 768-pixel screen the list under the
    // table was below the fold, inside a second scroll bar.
    auto* findingsColumn = new QVBoxLayout;
    findingsColumn->setContentsMargins(0, 0, 0, 0);
    findingsColumn->addWidget(m_findingsTitle);
    findingsColumn->addWidget(m_findings, 1);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 3);
    tableRow->addLayout(findingsColumn, 2);

    formLayout()->addWidget(m_fromExample);
    formLayout()->addWidget(m_generateMissing);
    formLayout()->addLayout(top);
    formLayout()->addLayout(tableRow, 1);

    connect(m_reload, &QPushButton::clicked, this, &EnvPage::reload);
    connect(m_model, &EnvTableModel::documentEdited, this, &EnvPage::updateFindings);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnvPage::updateGenerateButtons);
    connect(m_fromExample, &QCheckBox::toggled, this, &EnvPage::reload);
    initPage();
}

QString EnvPage::pageTitle() const
{
    return tr("Environment");
}

QString EnvPage::explanation() const
{
    return tr(
        "The project's settings live in the .env file next to the compose files. Review and edit the values "
        "below; secrets stay hidden unless you tick Show, and Generate draws a new random one the way the "
        "deployment guides do. The list beside the table shows what is missing or unsafe. Preview shows the "
        "change as a diff (secrets hidden); Apply writes the file readable only by its owner and keeps the "
        "previous version.");
}

void EnvPage::retranslatePage()
{
    m_fromExample->setText(tr("Start from .env.example when there is no .env yet"));
    m_generateMissing->setText(tr("Generate the secrets that are missing, empty or unsafe"));
    m_reload->setText(tr("Reload"));
    m_findingsTitle->setText(tr("Findings:"));
    if (m_findingsShown)
        showFindings(QList<stack::EnvFinding>(m_shownFindings));
    m_model->retranslate();
    updateGenerateButtons();
    if (!context()->isConnected() && m_loadedFor.isEmpty())
        setSourceText([this] { return tr("Connect to the server to read its .env file."); });
    else if (m_sourceText)
        m_source->setText(m_sourceText());
}

void EnvPage::setSourceText(std::function<QString()> text)
{
    m_sourceText = std::move(text);
    m_source->setText(m_sourceText ? m_sourceText() : QString());
}

QVariantMap EnvPage::sectionValues() const
{
    QVariantMap v;
    v[u"from_example"_s] = m_fromExample->isChecked() ? u"true"_s : u"false"_s;
    v[u"generate"_s] = m_generateMissing->isChecked() ? u"missing"_s : u"none"_s;
    return v;
}

void EnvPage::pageShown()
{
    QStringList problems;
    const setup::SetupTarget target = context()->target(&problems);
    if (problems.isEmpty() && m_loadedFor != target.envPath())
        reload();
}

void EnvPage::reload()
{
    if (m_loading || !context()->isConnected())
        return;
    QStringList problems;
    const setup::SetupTarget target = context()->target(&problems);
    if (!problems.isEmpty())
        return;
    const setup::AnswerMap section(sectionValues(), u"env"_s);
    const setup::EnvAnswers answers = setup::EnvAnswers::fromAnswers(section, target);
    m_loading = true;
    m_reload->setEnabled(false);
    setSourceText([this, path = target.envPath()] { return tr("Reading %1 on the server…").arg(path); });
    const stack::Recipe recipe = target.recipe;
    const QString path = target.envPath();
    client::ProjectService* service = context()->session()->project();
    disconnect(m_envConnection);
    m_envConnection =
        connect(service, &client::ProjectService::envChanged, this, [this, service, recipe, path] {
            if (service->isReadingEnv())
                return;
            disconnect(m_envConnection);
            m_loading = false;
            m_reload->setEnabled(true);
            if (!service->env())
                return; // the connection went before anything was read
            const Result<setup::EnvState>& state = *service->env();
            if (!state) {
                setSourceText([this, e = state.error()] {
                    return tr("Could not read the .env file: %1").arg(ErrorText::sentence(e)) + u' ' +
                           e.detail;
                });
                return;
            }
            m_loadedFor = path;
            m_composeText = state->composeText;
            m_model->setDocument(state->document, recipe);
            if (state->current.exists())
                setSourceText([this, path] { return tr("%1 as it is on the server.").arg(path); });
            else if (state->fromExample)
                setSourceText([this, path] {
                    return tr("%1 does not exist yet: starting from the example file.").arg(path);
                });
            else
                setSourceText([this, path] {
                    return tr("%1 does not exist yet: starting from an empty file.").arg(path);
                });
            showFindings(state->findings);
        });
    service->readEnv(answers, target);
}

void EnvPage::updateGenerateButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex idx = m_model->index(row, EnvTableModel::GenerateColumn);
        if (m_model->generator(row).isEmpty()) {
            m_table->setIndexWidget(idx, nullptr);
            continue;
        }
        auto* button = qobject_cast<QPushButton*>(m_table->indexWidget(idx));
        if (!button) {
            button = new QPushButton(m_table);
            button->setObjectName(u"envGenerate_"_s + m_model->key(row));
            const QString key = m_model->key(row);
            connect(button, &QPushButton::clicked, this,
                    [this, key] { m_model->generate(m_model->rowOf(key)); });
            m_table->setIndexWidget(idx, button);
        }
        button->setText(tr("Generate"));
        QHeaderView* header = m_table->horizontalHeader();
        header->resizeSection(
            EnvTableModel::GenerateColumn,
            std::max(header->sectionSize(EnvTableModel::GenerateColumn), button->sizeHint().width() + 4));
        button->setToolTip(tr("Replace the value with a new random one (%1)").arg(m_model->generator(row)));
    }
}

void EnvPage::updateFindings()
{
    QStringList problems;
    const setup::SetupTarget target = context()->target(&problems);
    stack::EnvCheckOptions options;
    options.composeText = m_composeText;
    QList<stack::EnvFinding> findings = stack::EnvCheck::check(m_model->document(), options);
    findings += setup::recipeFindings(m_model->document(), target.recipe);
    showFindings(findings);
}

void EnvPage::showFindings(const QList<stack::EnvFinding>& findings)
{
    m_shownFindings = findings;
    m_findingsShown = true;
    m_findings->clear();
    for (const stack::EnvFinding& f : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == stack::EnvFinding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == stack::EnvFinding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        const QString where = f.line > 0 ? tr("%1 (line %2)").arg(f.key).arg(f.line) : f.key;
        // The translated sentence; the English technical message only where core has none.
        const QString what = f.text.source ? f.text.translated() : f.message;
        auto* item = new QListWidgetItem(style()->standardIcon(icon, nullptr, this),
                                         where.isEmpty() ? what : u"%1: %2"_s.arg(where, what), m_findings);
        item->setData(Qt::UserRole, f.code);
    }
    if (findings.isEmpty())
        m_findings->addItem(tr("Nothing to report."));
}

Result<std::vector<plan::Plan>> EnvPage::buildPlans(const setup::SetupTarget& target, QStringList* problems)
{
    const setup::AnswerMap section(sectionValues(), u"env"_s);
    const setup::EnvAnswers answers = setup::EnvAnswers::fromAnswers(section, target);
    *problems = section.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    auto plan = m_model->isEdited() ? setup::buildEnvPlan(answers, target, m_model->document())
                                    : setup::buildEnvPlan(answers, target);
    if (!plan)
        return std::unexpected(plan.error());
    // The values typed or generated here are secrets of the plan too.
    for (const auto& step : plan->steps()) {
        for (const QString& s : m_model->secretValues())
            step->addSecret(s);
    }
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

void EnvPage::runFinished(bool dryRun, bool ok)
{
    if (!dryRun && ok) {
        m_loadedFor.clear();
        reload();
    }
}

} // namespace capataz::ui
