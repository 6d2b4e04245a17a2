#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace bakery::ui {

class AppController;
class AccuracyPage;
class ComparePage;
class EmptyStatePage;
class PageSwitch;
class ProductPage;
class ProductsPage;
class TrainingPage;

// The one main window (ui-design.md, "Navigation"): a sidebar that switches pages, the two
// actions that matter most in the toolbar (Import, Train all), the store in use and the
// training schedule in the status bar. Pages talk to the engine only through AppController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppController* controller, QWidget* parent = nullptr);

    // Untranslated page keys in sidebar order ("overview", "products", ...): stable names for
    // screenshot files and tests, whatever the UI language.
    QStringList pageKeys() const;
    int currentPage() const;
    void setCurrentPage(int index);
    void showPage(const QString& key);

public slots:
    void openImportWizard(const QString& file = {});
    void trainAll();
    void train(const QStringList& products);
    void tryDemoBakery();
    void openProduct(const QString& product);
    void compareProduct(const QString& product);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createPages();
    void createStatusBar();
    void refreshStatusBar();
    void productsChanged();
    void addPage(const QString& key, const QIcon& icon, const QString& name, QWidget* page);
    EmptyStatePage* emptyState(const QIcon& icon, const QString& key, const QString& title,
                               const QString& text);
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    AppController* m_controller;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_trainAllAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_lastTrainingLabel = nullptr;
    QLabel* m_nextTrainingLabel = nullptr;
    QList<PageSwitch*> m_switches; ///< pages that need products to show anything
    ProductsPage* m_productsPage = nullptr;
    ProductPage* m_productPage = nullptr;
    ComparePage* m_comparePage = nullptr;
    AccuracyPage* m_accuracyPage = nullptr;
    TrainingPage* m_trainingPage = nullptr;
    PageSwitch* m_productSwitch = nullptr;
    PageSwitch* m_compareSwitch = nullptr;
    PageSwitch* m_accuracySwitch = nullptr;
    QString m_openProduct; ///< the product the Product and Compare pages show
    QStringList m_pageKeys;
};

} // namespace bakery::ui
