#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace bakery::ui {

class EmptyStatePage;

// The one main window (ui-design.md, "Navigation"): a sidebar that switches pages, the two
// actions that matter most in the toolbar, and the store in use in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Untranslated page keys in sidebar order ("overview", "products", ...): stable names for
    // screenshot files and tests, whatever the UI language.
    QStringList pageKeys() const;
    int currentPage() const;
    void setCurrentPage(int index);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralArea();
    void createPages();
    void createStatusBar();
    void addPage(const QString& key, const QIcon& icon, const QString& name, EmptyStatePage* page);
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

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
    QStringList m_pageKeys;
};

} // namespace bakery::ui
