#pragma once

#include "plan/Step.h"

#include <memory>
#include <vector>

namespace capataz::plan {

// An ordered list of steps with a title: what a wizard page or `capataz-cli plan` builds and
// PlanRunner runs. Steps are shared so a page can keep them to show their preview.
class Plan {
public:
    explicit Plan(Text title = {})
        : m_title(std::move(title))
    {}

    Plan& add(std::shared_ptr<Step> step);
    [[nodiscard]] const Text& title() const { return m_title; }
    [[nodiscard]] const std::vector<std::shared_ptr<Step>>& steps() const { return m_steps; }
    [[nodiscard]] int size() const { return static_cast<int>(m_steps.size()); }

    // Every step's secrets together.
    [[nodiscard]] SecretMask secrets() const;
    // The whole plan as text (the CLI's --dry-run): title, then each step's id, title and
    // preview, all secrets masked.
    [[nodiscard]] QString previewText(remote::SudoMode sudo) const;

private:
    Text m_title;
    std::vector<std::shared_ptr<Step>> m_steps;
};

} // namespace capataz::plan
