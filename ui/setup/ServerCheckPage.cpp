#include "ServerCheckPage.h"

#include "BrowseButton.h"
#include "setup/ServerCheckPlan.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

ServerCheckPage::ServerCheckPage(SetupContext* context, QWidget* parent)
    : WizardPage(context, u"serverCheckPage"_s, parent)
{
    m_install = new QCheckBox(formWidget());
    m_install->setObjectName(u"serverCheckInstall"_s);
    m_install->setChecked(true);
    m_sourceTitle = new QLabel(formWidget());
    m_sourceTitle->setWordWrap(true);
    m_git = new QLineEdit(formWidget());
    m_git->setObjectName(u"serverCheckGit"_s);
    m_branch = new QLineEdit(formWidget());
    m_branch->setObjectName(u"serverCheckBranch"_s);
    m_upload = new QLineEdit(formWidget());
    m_upload->setObjectName(u"serverCheckUpload"_s);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QLineEdit* fields[3] = {m_git, m_branch, m_upload};
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(formWidget());
        m_labels[i]->setBuddy(fields[i]);
        if (fields[i] == m_upload)
            form->addRow(m_labels[i],
                         BrowseButton::row(m_upload, new BrowseButton(m_upload, BrowseButton::Kind::Folder),
                                           formWidget()));
        else
            form->addRow(m_labels[i], fields[i]);
    }
    formLayout()->addWidget(m_install);
    formLayout()->addSpacing(6);
    formLayout()->addWidget(m_sourceTitle);
    formLayout()->addLayout(form);
    formLayout()->addStretch(1);
    initPage();
}

QString ServerCheckPage::pageTitle() const
{
    return tr("Server check");
}

QString ServerCheckPage::explanation() const
{
    return tr(
        "Checks that the server can run the project: a supported Debian or Ubuntu system, administrator "
        "rights (sudo), Docker with compose, and the tools the next pages use (ufw, nginx, certbot). "
        "Whatever is missing can be installed with the system's packages. Finally the project directory "
        "must exist with its compose files; if it does not, it can be cloned from git or uploaded from "
        "this computer.");
}

void ServerCheckPage::retranslatePage()
{
    m_install->setText(tr("Install what is missing with the system's packages (apt-get)"));
    m_sourceTitle->setText(tr("If the project directory does not exist on the server yet, get it from:"));
    m_labels[0]->setText(tr("&Git repository:"));
    m_labels[1]->setText(tr("&Branch:"));
    m_labels[2]->setText(tr("Or &upload this folder:"));
    m_git->setPlaceholderText(tr("https://example.com/team/project.git (optional)"));
    m_branch->setPlaceholderText(tr("The repository's default branch"));
    m_upload->setPlaceholderText(tr("A folder on this computer (optional)"));
}

Result<std::vector<plan::Plan>> ServerCheckPage::buildPlans(const setup::SetupTarget& target,
                                                            QStringList* problems)
{
    QVariantMap v;
    v[u"install_missing"_s] = m_install->isChecked() ? u"true"_s : u"false"_s;
    QVariantMap source;
    if (!m_git->text().trimmed().isEmpty())
        source[u"git"_s] = m_git->text().trimmed();
    if (!m_branch->text().trimmed().isEmpty())
        source[u"branch"_s] = m_branch->text().trimmed();
    if (!m_upload->text().trimmed().isEmpty())
        source[u"upload"_s] = m_upload->text().trimmed();
    if (!source.isEmpty())
        v[u"project_source"_s] = source;
    const setup::AnswerMap section(v, u"server_check"_s);
    const setup::ServerCheckAnswers answers = setup::ServerCheckAnswers::fromAnswers(section, target);
    *problems = section.problems();
    if (!problems->isEmpty())
        return fail(ErrorCode::InvalidArgument, problems->join(u'\n'));
    auto plan = setup::buildServerCheckPlan(answers, target);
    if (!plan)
        return std::unexpected(plan.error());
    std::vector<plan::Plan> plans;
    plans.push_back(std::move(*plan));
    return plans;
}

} // namespace capataz::ui
