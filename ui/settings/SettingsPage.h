#pragma once
// "Can I change how it works?": every key of config::settingCatalog(), grouped, with the
// editor its type needs, its explanation and default as tooltip, inline validation
// (Settings::setValue), a note where an environment variable overrides the file, Save and
// Restore defaults; plus the interface language (QSettings "ui/language").

#include "config/Settings.h"

#include <QHash>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace bakery::ui {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    /// `iniPath` empty: Settings::defaultIniPath().
    explicit SettingsPage(config::Settings current, QString iniPath = {},
                          QWidget* parent = nullptr);

    /// The values as edited (valid or not yet saved).
    const config::Settings& settings() const { return m_settings; }
    /// Keys whose editor holds a value that is not accepted, with the reason.
    QHash<QString, QString> errors() const { return m_errors; }

public slots:
    bool save();
    void restoreDefaults();

signals:
    void saved();

private:
    QWidget* createEditor(const config::SettingInfo& info);
    void edited(const QString& key, const QVariant& value);
    void showValues();
    void updateState();

    config::Settings m_settings;
    QString m_iniPath;
    QHash<QString, QString> m_errors;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errorLabels;
    QComboBox* m_language;
    QPushButton* m_save;
    QPushButton* m_restore;
    QLabel* m_status;
};

} // namespace bakery::ui
