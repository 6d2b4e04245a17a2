#include "SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace bakery::ui {

namespace {

QString settingsText(const char* text)
{
    return QCoreApplication::translate("Settings", text);
}

QString choiceLabel(const QString& choice)
{
    if (choice == QLatin1String("auto"))
        return SettingsPage::tr("Automatic");
    if (choice == QLatin1String("true"))
        return SettingsPage::tr("On");
    if (choice == QLatin1String("false"))
        return SettingsPage::tr("Off");
    if (choice == QLatin1String("additive"))
        return SettingsPage::tr("Added to sales (additive)");
    if (choice == QLatin1String("multiplicative"))
        return SettingsPage::tr("Scaling with sales (multiplicative)");
    return choice;
}

QString defaultText(const config::SettingInfo& info)
{
    const QVariant& d = info.defaultValue;
    switch (info.type) {
    case config::SettingType::Bool:
        return d.toBool() ? SettingsPage::tr("on") : SettingsPage::tr("off");
    case config::SettingType::Int:
        return QLocale().toString(d.toInt());
    case config::SettingType::Double:
        return QLocale().toString(d.toDouble(), 'g', 6);
    case config::SettingType::Choice:
        return choiceLabel(d.toString());
    case config::SettingType::Text:
    case config::SettingType::Path:
        break;
    }
    return d.toString().isEmpty() ? SettingsPage::tr("empty (the default location)") : d.toString();
}

} // namespace

SettingsPage::SettingsPage(config::Settings current, QString iniPath, QWidget* parent)
    : QWidget(parent)
    , m_settings(std::move(current))
    , m_iniPath(std::move(iniPath))
    , m_language(new QComboBox(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_restore(new QPushButton(tr("Restore defaults"), this))
    , m_status(new QLabel(this))
{
    m_save->setObjectName(QStringLiteral("settingsSaveButton"));
    m_restore->setObjectName(QStringLiteral("settingsRestoreButton"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_save->setDefault(true);

    auto* content = new QWidget;
    auto* groups = new QVBoxLayout(content);
    groups->setSpacing(16);

    // Interface language first: the one setting every user may want.
    auto* languageBox = new QGroupBox(tr("Language"), content);
    auto* languageForm = new QFormLayout(languageBox);
    m_language->setObjectName(QStringLiteral("settingLanguage"));
    m_language->addItem(tr("System"), QString());
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex =
        m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString());
    m_language->setCurrentIndex(std::max(0, languageIndex));
    languageForm->addRow(tr("Interface language:"), m_language);
    auto* languageNote = new QLabel(tr("Applies the next time the app starts."), languageBox);
    languageNote->setWordWrap(true);
    languageForm->addRow(languageNote);
    groups->addWidget(languageBox);

    QString currentGroup;
    QFormLayout* form = nullptr;
    for (const config::SettingInfo& info : config::settingCatalog()) {
        const QString group = QString::fromUtf8(info.group);
        if (!form || group != currentGroup) {
            auto* box = new QGroupBox(settingsText(info.group), content);
            box->setObjectName(QStringLiteral("settingsGroup_") + group);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            groups->addWidget(box);
            currentGroup = group;
        }
        const QString key = QString::fromUtf8(info.key);
        QWidget* editor = createEditor(info);
        editor->setToolTip(tr("%1\nDefault: %2\n(%3)")
                               .arg(settingsText(info.description), defaultText(info), key));

        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        if (info.type == config::SettingType::Path) {
            auto* row = new QHBoxLayout;
            row->addWidget(editor, 1);
            auto* browse = new QPushButton(tr("Browse..."), cell);
            browse->setObjectName(QStringLiteral("settingBrowse_") + key);
            auto* line = static_cast<QLineEdit*>(editor);
            const bool file = info.urlAllowed; // the database is a file; the rest folders
            connect(browse, &QPushButton::clicked, this, [this, line, file, key]() {
                const QString chosen =
                    file ? QFileDialog::getSaveFileName(this, tr("Database file"), line->text(),
                                                        tr("SQLite database (*.sqlite *.db)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite)
                         : QFileDialog::getExistingDirectory(this, tr("Folder"), line->text());
                if (chosen.isEmpty())
                    return;
                line->setText(chosen);
                edited(key, chosen);
            });
            cellLayout->addLayout(row);
            row->addWidget(browse);
        } else {
            cellLayout->addWidget(editor);
        }
        auto* error = new QLabel(cell);
        error->setObjectName(QStringLiteral("settingError_") + key);
        error->setWordWrap(true);
        // Dark red on a light window, light red on a dark one (a desktop in dark mode).
        const bool darkWindow = palette().color(QPalette::Window).lightness() < 128;
        error->setStyleSheet(darkWindow ? QStringLiteral("color: #ff8a80;")
                                        : QStringLiteral("color: #b3261e;"));
        error->hide();
        cellLayout->addWidget(error);
        m_errorLabels.insert(key, error);
        if (m_settings.sourceOf(key) == QLatin1String("environment")) {
            auto* env = new QLabel(
                tr("Set by the environment variable %1; changes apply when it is unset.").arg(key),
                cell);
            env->setObjectName(QStringLiteral("settingEnvironment_") + key);
            env->setWordWrap(true);
            cellLayout->addWidget(env);
        }
        auto* label = new QLabel(settingsText(info.description));
        label->setWordWrap(true);
        label->setBuddy(editor);
        form->addRow(label, cell);
    }
    groups->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_save);

    auto* title = new QLabel(tr("Settings"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_restore, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    showValues();
    updateState();
}

QWidget* SettingsPage::createEditor(const config::SettingInfo& info)
{
    const QString key = QString::fromUtf8(info.key);
    QWidget* editor = nullptr;
    switch (info.type) {
    case config::SettingType::Bool: {
        auto* box = new QCheckBox(tr("On"));
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { edited(key, on); });
        editor = box;
        break;
    }
    case config::SettingType::Int: {
        auto* spin = new QSpinBox;
        spin->setRange(static_cast<int>(info.minimum), static_cast<int>(info.maximum));
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { edited(key, v); });
        editor = spin;
        break;
    }
    case config::SettingType::Double: {
        auto* spin = new QDoubleSpinBox;
        const bool small = info.maximum <= 10.0;
        spin->setDecimals(small ? 3 : 2);
        spin->setSingleStep(small ? 0.01 : 0.5);
        spin->setRange(info.minimum, info.maximum);
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, key](double v) { edited(key, v); });
        editor = spin;
        break;
    }
    case config::SettingType::Choice: {
        auto* combo = new QComboBox;
        for (const QString& c : info.choices)
            combo->addItem(choiceLabel(c), c);
        connect(combo, &QComboBox::activated, this,
                [this, key, combo]() { edited(key, combo->currentData()); });
        editor = combo;
        break;
    }
    case config::SettingType::Text:
    case config::SettingType::Path: {
        auto* line = new QLineEdit;
        if (info.type == config::SettingType::Path)
            line->setPlaceholderText(tr("Default location"));
        connect(line, &QLineEdit::textChanged, this,
                [this, key](const QString& text) { edited(key, text); });
        editor = line;
        break;
    }
    }
    editor->setObjectName(QStringLiteral("setting_") + key);
    m_editors.insert(key, editor);
    return editor;
}

void SettingsPage::edited(const QString& key, const QVariant& value)
{
    QString error;
    if (m_settings.setValue(key, value, &error))
        m_errors.remove(key);
    else
        m_errors.insert(key, error.isEmpty() ? tr("This value is not accepted.") : error);
    m_status->clear();
    updateState();
}

void SettingsPage::showValues()
{
    for (const config::SettingInfo& info : config::settingCatalog()) {
        const QString key = QString::fromUtf8(info.key);
        QWidget* w = m_editors.value(key);
        const QSignalBlocker block(w);
        const QVariant v = m_settings.value(key);
        if (auto* box = qobject_cast<QCheckBox*>(w))
            box->setChecked(v.toBool());
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            spin->setValue(v.toInt());
        else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(w))
            dspin->setValue(v.toDouble());
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setText(v.toString());
    }
}

void SettingsPage::updateState()
{
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString error = m_errors.value(it.key());
        it.value()->setText(error);
        it.value()->setVisible(!error.isEmpty());
    }
    m_save->setEnabled(m_errors.isEmpty());
    m_save->setToolTip(m_errors.isEmpty() ? QString()
                                          : tr("Correct the values marked in red to save."));
}

bool SettingsPage::save()
{
    if (!m_errors.isEmpty())
        return false;
    QString error;
    if (!m_settings.save(m_iniPath, &error)) {
        m_status->setText(tr("The settings could not be saved: %1").arg(error));
        return false;
    }
    QSettings ui;
    ui.setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    ui.sync();
    m_status->setText(tr("Saved. Some changes apply the next time the app starts."));
    emit saved();
    return true;
}

void SettingsPage::restoreDefaults()
{
    for (const config::SettingInfo& info : config::settingCatalog())
        m_settings.setValue(QString::fromUtf8(info.key), info.defaultValue);
    m_errors.clear();
    m_language->setCurrentIndex(0);
    showValues();
    m_status->setText(tr("Defaults restored. Click Save to keep them."));
    updateState();
}

} // namespace bakery::ui
