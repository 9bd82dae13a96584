#include "pages/placeholderpage.h"

namespace gtol {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, int nextId, QWidget *parent)
    : QWizardPage(parent)
    , m_nextId(nextId)
{
    // With a subtitle, QWizard's modern style shows the title in the header band, as on every
    // other page; without one it would print the title in the page body instead.
    setTitle(title);
    setSubTitle(text);
}

} // namespace gtol
