#include "pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gtol {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, int nextId, QWidget *parent)
    : QWizardPage(parent)
    , m_nextId(nextId)
{
    setTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("placeholderText"));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch(1);
}

} // namespace gtol
