#pragma once

#include "model/facility.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gtol {

// Picks one facility from the master: a line edit whose results narrow on every keystroke (and on
// 絞込 or Enter), Up/Down to move through the results while typing, Enter to pick. The chosen
// facility's name, code and address are shown under it. The picker only shows; the search itself
// is a function handed in by the page (which asks the controller, which asks FacilityIndex).
class FacilityPicker : public QWidget
{
    Q_OBJECT
public:
    using SearchFunction = std::function<QList<Facility>(const QString &query)>;

    explicit FacilityPicker(QWidget *parent = nullptr);

    void setSearchFunction(SearchFunction search);
    // Whether the list holds the prefecture at all: an empty answer then means "no list here",
    // which needs another message than "no match".
    void setListAvailableFunction(std::function<bool()> available);
    // Shown before the address (the master's addresses omit the prefecture): its Japanese name,
    // as an address is written whatever the UI language.
    void setPrefectureName(const QString &name);
    void setFacility(const std::optional<Facility> &facility);
    std::optional<Facility> facility() const { return m_chosen; }

    QLineEdit *searchEdit() const { return m_edit; }
    QListWidget *resultList() const { return m_results; }

public Q_SLOTS:
    void search();
    void clear();

Q_SIGNALS:
    void facilityChosen(const gtol::Facility &facility);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void pickRow(int row);
    void moveSelection(int delta);
    void retranslate();
    void showChosen();

    SearchFunction m_search;
    std::function<bool()> m_listAvailable;
    QString m_prefectureName;
    QList<Facility> m_found;
    std::optional<Facility> m_chosen;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_filterButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_chosenName = nullptr;
    QLabel *m_chosenDetail = nullptr;
};

} // namespace gtol
