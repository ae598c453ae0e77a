#include "TargetPage.h"

#include "client/ServerSession.h"
#include "stack/RecipeLoader.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
QString language()
{
    return QLocale().name();
}
} // namespace

TargetPage::TargetPage(SetupContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"targetPage"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pageTitle"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_recipe = new QComboBox(this);
    m_recipe->setObjectName(u"targetRecipe"_s);
    m_recipe->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_openRecipe = new QPushButton(this);
    m_openRecipe->setObjectName(u"targetOpenRecipe"_s);
    auto* recipeRow = new QHBoxLayout;
    recipeRow->addWidget(m_recipe, 1);
    recipeRow->addWidget(m_openRecipe);
    m_recipeDescription = new QLabel(this);
    m_recipeDescription->setObjectName(u"targetRecipeDescription"_s);
    m_recipeDescription->setWordWrap(true);
    m_recipeDescription->setTextFormat(Qt::PlainText);
    m_projectDir = new QLineEdit(this);
    m_projectDir->setObjectName(u"targetProjectDir"_s);
    m_composeFiles = new QLineEdit(this);
    m_composeFiles->setObjectName(u"targetComposeFiles"_s);
    m_profileSet = new QComboBox(this);
    m_profileSet->setObjectName(u"targetProfileSet"_s);
    m_envFile = new QLineEdit(this);
    m_envFile->setObjectName(u"targetEnvFile"_s);
    m_composeCommand = new QComboBox(this);
    m_composeCommand->setObjectName(u"targetComposeCommand"_s);
    m_composeCommand->addItems({u"docker compose"_s, u"docker-compose"_s, u"podman-compose"_s});
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"targetProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color:#b00020"_s);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* fields[6] = {nullptr, m_projectDir, m_composeFiles, m_profileSet, m_envFile, m_composeCommand};
    for (int i = 0; i < 6; ++i) {
        m_labels[i] = new QLabel(this);
        if (i == 0) {
            m_labels[i]->setBuddy(m_recipe);
            m_form->addRow(m_labels[i], recipeRow);
            m_form->addRow(QString(), m_recipeDescription);
        } else {
            m_labels[i]->setBuddy(fields[i]);
            m_form->addRow(m_labels[i], fields[i]);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addStretch(1);

    fillRecipes();
    connect(m_recipe, &QComboBox::currentIndexChanged, this, &TargetPage::recipeChosen);
    connect(m_openRecipe, &QPushButton::clicked, this, &TargetPage::chooseRecipeFile);
    for (QLineEdit* e : {m_projectDir, m_composeFiles, m_envFile})
        connect(e, &QLineEdit::textChanged, this, &TargetPage::publish);
    connect(m_profileSet, &QComboBox::currentIndexChanged, this, &TargetPage::publish);
    connect(m_composeCommand, &QComboBox::currentIndexChanged, this, &TargetPage::publish);
    retranslateUi();
    recipeChosen();
    connect(m_context, &SetupContext::sessionChanged, this, &TargetPage::startFromProfile);
    startFromProfile();
}

void TargetPage::startFromProfile()
{
    const client::ServerSession* session = m_context->session();
    if (m_startedFromProfile || !session)
        return;
    m_startedFromProfile = true;
    m_profileDir = session->profile().projectDir.trimmed();
    if (m_profileDir.isEmpty())
        return;
    const QString id = stack::recipeIdForProjectDir(m_context->recipes(), m_profileDir);
    if (const int index = m_recipe->findData(id); index >= 0 && index != m_recipe->currentIndex())
        m_recipe->setCurrentIndex(index); // recipeChosen() fills the fields
    else
        recipeChosen();
}

QString TargetPage::pageTitle() const
{
    return tr("Project");
}

void TargetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TargetPage::retranslateUi()
{
    m_title->setText(pageTitle());
    m_explanation->setText(
        tr("Choose what to set up on this server: a recipe describes the system (its compose "
           "files, profiles, environment variables, domain and health checks). The next pages "
           "use these values; nothing is changed on the server from this page."));
    m_openRecipe->setText(tr("Open recipe file…"));
    m_labels[0]->setText(tr("&Recipe:"));
    m_labels[1]->setText(tr("Project &directory:"));
    m_labels[2]->setText(tr("Compose &files:"));
    m_labels[3]->setText(tr("&Profiles:"));
    m_labels[4]->setText(tr("&Environment file:"));
    m_labels[5]->setText(tr("Compose &command:"));
    m_projectDir->setPlaceholderText(tr("Absolute path on the server, e.g. /opt/app"));
    m_composeFiles->setPlaceholderText(
        tr("In order, separated by spaces: docker-compose.yml docker-compose.prod.yml"));
    m_filling = true;
    const QString id = m_recipe->currentData().toString();
    fillRecipes();
    m_recipe->setCurrentIndex(std::max(0, m_recipe->findData(id)));
    if (m_profileSet->count() > 0)
        m_profileSet->setItemText(0, tr("Only the services without a profile"));
    if (const stack::Recipe* r = currentRecipe()) {
        m_recipeDescription->setText(r->description.forLanguage(language()));
        for (int i = 1; i < m_profileSet->count(); ++i) {
            if (const stack::RecipeProfileSet* ps = r->profileSet(m_profileSet->itemData(i).toString()))
                m_profileSet->setItemText(i, ps->name.forLanguage(language()));
        }
    }
    m_filling = false;
}

void TargetPage::fillRecipes()
{
    const bool was = m_filling;
    m_filling = true;
    m_recipe->clear();
    for (const stack::Recipe& r : m_context->recipes())
        m_recipe->addItem(r.name.forLanguage(language()), r.id);
    m_filling = was;
}

const stack::Recipe* TargetPage::currentRecipe() const
{
    const QString id = m_recipe->currentData().toString();
    for (const stack::Recipe& r : m_context->recipes()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void TargetPage::recipeChosen()
{
    if (m_filling)
        return;
    const stack::Recipe* r = currentRecipe();
    m_filling = true;
    m_recipeDescription->setText(r ? r->description.forLanguage(language()) : QString());
    m_projectDir->setText(!m_profileDir.isEmpty() ? m_profileDir : r ? r->projectDir : QString());
    m_composeFiles->setText(r ? r->composeFiles.join(u' ') : QString());
    m_envFile->setText(r && !r->envFile.isEmpty() ? r->envFile : u".env"_s);
    m_profileSet->clear();
    m_profileSet->addItem(tr("Only the services without a profile"), QString());
    if (r) {
        for (const stack::RecipeProfileSet& ps : r->profileSets)
            m_profileSet->addItem(ps.name.forLanguage(language()), ps.id);
        if (!r->profileSets.isEmpty())
            m_profileSet->setCurrentIndex(1);
    }
    m_filling = false;
    publish();
}

void TargetPage::publish()
{
    if (m_filling)
        return;
    QVariantMap v;
    v[u"recipe"_s] = m_recipe->currentData().toString();
    v[u"project_dir"_s] = m_projectDir->text().trimmed();
    const QStringList files =
        m_composeFiles->text().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    if (!files.isEmpty())
        v[u"compose_files"_s] = answerList(files);
    if (const QString ps = m_profileSet->currentData().toString(); !ps.isEmpty())
        v[u"profile_set"_s] = ps;
    if (!m_envFile->text().trimmed().isEmpty())
        v[u"env_file"_s] = m_envFile->text().trimmed();
    v[u"compose_command"_s] = m_composeCommand->currentText();
    m_context->setTargetValues(v);
    QStringList problems;
    (void)m_context->target(&problems);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool TargetPage::openRecipeFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_problems->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        m_problems->show();
        return false;
    }
    auto recipe = stack::loadRecipe(f.readAll());
    if (!recipe) {
        m_problems->setText(tr("%1 is not a valid recipe:").arg(path) + u'\n' + recipe.error().detail);
        m_problems->show();
        return false;
    }
    m_context->addRecipe(*recipe);
    m_filling = true;
    fillRecipes();
    m_filling = false;
    m_recipe->setCurrentIndex(m_recipe->findData(recipe->id));
    recipeChosen();
    return true;
}

void TargetPage::chooseRecipeFile()
{
    auto* dialog = new QFileDialog(this, tr("Open recipe file"), QString(), tr("Recipes (*.yaml *.yml)"));
    dialog->setObjectName(u"recipeFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { openRecipeFile(path); });
    dialog->open();
}

} // namespace capataz::ui
