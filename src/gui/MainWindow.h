#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ssc {

class CatalogueStore;
class InitiativeTableModel;

// Wires the search field, the results table and the details panel to one
// catalogue. It does not compute: the store answers, the model pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<CatalogueStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    InitiativeTableModel *resultsModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applySearch();
    void showSelected();
    void updateCount();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<CatalogueStore> m_store;
    InitiativeTableModel *m_model = nullptr;
    QTimer m_searchDelay;
};

} // namespace ssc
