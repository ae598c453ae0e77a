#pragma once

#include "SetupContext.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace capataz::ui {

// The wizard's first page: what is being set up. A recipe (the shipped ones, or a recipe file
// opened from this computer), the project directory on the server, the compose files, the set
// of profiles, the .env file and how compose is called. Writes the target's answers into the
// SetupContext on every change; nothing runs from here.
class TargetPage final : public QWidget {
    Q_OBJECT
public:
    explicit TargetPage(SetupContext* context, QWidget* parent = nullptr);

    [[nodiscard]] QString pageTitle() const;
    // Loads a recipe file and selects it (also what "Open recipe file…" does). False, with the
    // problem shown, when it is not a valid recipe.
    bool openRecipeFile(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillRecipes();
    void recipeChosen();
    // Once per wizard, when its server is known: start from the profile's project directory
    // and the recipe made for that directory (else the generic one), not from the first recipe.
    void startFromProfile();
    void publish();
    void chooseRecipeFile();
    [[nodiscard]] const stack::Recipe* currentRecipe() const;

    SetupContext* m_context;
    QLabel* m_title;
    QLabel* m_explanation;
    QFormLayout* m_form;
    QComboBox* m_recipe;
    QPushButton* m_openRecipe;
    QLabel* m_recipeDescription;
    QLineEdit* m_projectDir;
    QLineEdit* m_composeFiles;
    QComboBox* m_profileSet;
    QLineEdit* m_envFile;
    QComboBox* m_composeCommand;
    QLabel* m_problems;
    QLabel* m_labels[6] = {};
    bool m_filling = false;
    bool m_startedFromProfile = false;
    QString m_profileDir; // the profile's project directory: wins over a recipe's default
};

} // namespace capataz::ui
