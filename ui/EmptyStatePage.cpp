#include "EmptyStatePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace bakery::ui {

namespace {
// 8 px grid (ui-design.md, "Visual language").
constexpr int kGrid = 8;
constexpr int kIconSize = 8 * kGrid;
constexpr int kTextWidth = 60 * kGrid;

// Centres a fixed-width, word-wrapped label with stretches rather than an alignment flag: with
// a flag the column computes the label's height for the column's full width, so the wrapped
// lines beyond the first are cut off.
QHBoxLayout* centredRow(QWidget* widget)
{
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(widget);
    row->addStretch(1);
    return row;
}

} // namespace

EmptyStatePage::EmptyStatePage(const QIcon& icon, const QString& title, const QString& text,
                               QWidget* parent)
    : QWidget(parent)
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    iconLabel->setPixmap(icon.pixmap(kIconSize, kIconSize));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    titleLabel->setAlignment(Qt::AlignCenter);
    titleLabel->setWordWrap(true);
    titleLabel->setFixedWidth(kTextWidth);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);

    auto* textLabel = new QLabel(text, this);
    textLabel->setObjectName(QStringLiteral("emptyStateText"));
    textLabel->setAlignment(Qt::AlignCenter);
    textLabel->setWordWrap(true);
    // A fixed width lets the wrapped text get the height it needs; the window's minimum width
    // leaves room for it beside the sidebar.
    textLabel->setFixedWidth(kTextWidth);
    textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttonRow = new QHBoxLayout;
    m_buttonRow->setSpacing(2 * kGrid);
    m_buttonRow->addStretch(1);
    m_buttonRow->addStretch(1);

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(4 * kGrid, 4 * kGrid, 4 * kGrid, 4 * kGrid);
    column->setSpacing(2 * kGrid);
    column->addStretch(2);
    column->addWidget(iconLabel);
    column->addLayout(centredRow(titleLabel));
    column->addLayout(centredRow(textLabel));
    column->addSpacing(kGrid);
    column->addLayout(m_buttonRow);
    column->addStretch(3);
}

QPushButton* EmptyStatePage::addActionButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setMinimumHeight(5 * kGrid);
    button->setMinimumWidth(20 * kGrid);
    // Keep the buttons between the two centring stretches.
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
    return button;
}

QPushButton* EmptyStatePage::addComingSoonButton(const QString& text, const QString& objectName)
{
    QPushButton* button = addActionButton(text, objectName);
    button->setEnabled(false);
    button->setToolTip(tr("Coming soon"));
    return button;
}

} // namespace bakery::ui
