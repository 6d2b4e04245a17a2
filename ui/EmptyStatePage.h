#pragma once

#include <QWidget>

class QHBoxLayout;
class QIcon;
class QPushButton;

namespace bakery::ui {

// A page with nothing to show yet: it says what will appear here and offers the actions that
// fill it (ui-design.md, "Empty states and errors"). No page is ever a blank screen.
class EmptyStatePage : public QWidget
{
    Q_OBJECT
public:
    EmptyStatePage(const QIcon& icon, const QString& title, const QString& text,
                   QWidget* parent = nullptr);

    // Adds a button under the text, left to right in the order of the calls.
    QPushButton* addActionButton(const QString& text, const QString& objectName);
    // The same, disabled with a "coming soon" tooltip until its feature lands.
    QPushButton* addComingSoonButton(const QString& text, const QString& objectName);

private:
    QHBoxLayout* m_buttonRow = nullptr;
};

} // namespace bakery::ui
