#pragma once

#include <QWizardPage>

class QLabel;

namespace gtol {

// Stands in for a page whose real class is built in a later issue (self-check, password change,
// connection tool, done), so page ids and branching are right from the start.
class PlaceholderPage : public QWizardPage
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &text, int nextId, QWidget *parent = nullptr);

    void cleanupPage() override {}
    int nextId() const override { return m_nextId; }

private:
    int m_nextId;
};

} // namespace gtol
