#pragma once

#include "checks/checkresult.h"

#include <QIcon>
#include <QList>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace gtol {

// The self-check's rows: a status icon AND a word (OK / 注意 / NG / 未確認 — never colour alone),
// the item, who has to act; below, the selected row's evidence and remediation. Read-only; the
// page feeds it results. Keyboard: arrows move between rows, the details follow.
class CheckList : public QWidget
{
    Q_OBJECT
public:
    explicit CheckList(QWidget *parent = nullptr);

    // Rows in this order; ids without a result yet show "checking…" while running.
    void setProbes(const QStringList &ids, const QStringList &titles);
    void setResult(const CheckResult &result);
    void setResults(const QList<CheckResult> &results);
    void setRunning(bool running);

    QString currentId() const;
    void selectId(const QString &id);
    QString statusTextOf(const QString &id) const; // what the row says, for tests and screen readers
    QTreeWidget *tree() const { return m_tree; }

    static QIcon iconFor(CheckStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *itemFor(const QString &id) const;
    void showDetails();
    void retranslate();

    QTreeWidget *m_tree = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QTextBrowser *m_details = nullptr;
    QList<CheckResult> m_results; // by row
    QList<bool> m_hasResult;
    bool m_running = false;
};

} // namespace gtol
