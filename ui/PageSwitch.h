#pragma once
// A page that shows its empty state until there is something to show (ui-design.md,
// "Empty states and errors"): index 0 the empty state, index 1 the content.

#include "EmptyStatePage.h"

#include <QStackedWidget>

namespace bakery::ui {

class PageSwitch : public QStackedWidget
{
    Q_OBJECT
public:
    PageSwitch(EmptyStatePage* empty, QWidget* content, QWidget* parent = nullptr)
        : QStackedWidget(parent)
    {
        addWidget(empty);
        addWidget(content);
    }
    void setHasContent(bool has) { setCurrentIndex(has ? 1 : 0); }
    bool hasContent() const { return currentIndex() == 1; }
};

} // namespace bakery::ui
