#include "import/ImportWizard.h"
#include "import/ImportWizardPages.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bakery::ui {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a sales file"));
    setSubTitle(tr("A till export or a spreadsheet with your sales history: CSV, TXT or XLSX."));

    auto* label = new QLabel(tr("&Sales file:"));
    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(QStringLiteral("filePathEdit"));
    m_pathEdit->setPlaceholderText(tr("Choose a file, or type its path"));
    m_pathEdit->setToolTip(tr("The sales file to import (CSV, TXT or XLSX)"));
    m_pathEdit->setClearButtonEnabled(true);
    label->setBuddy(m_pathEdit);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_browseButton = new QPushButton(tr("&Browse..."));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setToolTip(tr("Open a file from this computer"));
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);

    auto* hint = new QLabel(
        tr("The format is detected for you: the delimiter, decimal mark, date format and "
           "columns. You can check and change every choice on the next page before anything "
           "is stored."));
    hint->setObjectName(QStringLiteral("fileHintLabel"));
    hint->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browseButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addStretch(1);
}

void ImportFilePage::initializePage()
{
    m_pathEdit->setText(m_wizard->filePath());
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_pathEdit->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    if (!isComplete())
        return false;
    m_wizard->setFilePath(m_pathEdit->text().trimmed());
    return true;
}

void ImportFilePage::browse()
{
    QSettings settings;
    QString folder = settings.value(ImportWizard::lastFolderKey()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a sales file"), folder,
                                     tr("Sales files (*.csv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(ImportWizard::lastFolderKey(), QFileInfo(path).absolutePath());
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

} // namespace bakery::ui
