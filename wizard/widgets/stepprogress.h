#pragma once

#include <QList>
#include <QWidget>

class QFrame;
class QLabel;

namespace gtol {

// The six steps of GTOL onboarding as the real service lists them (メールアドレス送信 → ... →
// 利用準備完了), shown beside the wizard's pages like Qt Creator's WizardProgress. The current
// step is marked by a frame, a bold font and a "▶" marker (never by colour alone); finished steps
// carry a check mark, so the state reads the same in light and dark palettes and to screen readers.
class StepProgress : public QWidget
{
    Q_OBJECT
public:
    static constexpr int StepCount = 6;

    explicit StepProgress(QWidget *parent = nullptr);

    // 1..6; 0 means "before Step 1" (start page, self-check): no step is current yet.
    void setCurrentStep(int step);
    int currentStep() const { return m_current; }

    // Which GTOL step a wizard page belongs to (pageids.h), 0 for none.
    static int stepForPage(int pageId);

    static QString stepTitle(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRows();

    QLabel *m_heading = nullptr;
    QList<QFrame *> m_rows;
    QList<QLabel *> m_markers;
    QList<QLabel *> m_texts;
    int m_current = 0;
};

} // namespace gtol
