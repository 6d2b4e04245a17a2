#pragma once
// Collects import issues into a report, keeping the first few of each kind with
// their line and column and counting the rest, so a file with a million bad lines
// still gives a readable report.

#include "data/ImportReport.h"

#include <QHash>
#include <QStringList>

namespace bakery::data {

class IssueLog
{
public:
    static constexpr int kPerCode = 20; ///< issues of one code listed in full

    IssueLog(ImportReport& report, QString file);
    ~IssueLog(); ///< appends "... and N more" summaries

    void add(ImportIssue issue);
    void error(const QString& code, int line, const QString& message, int column = 0,
               const QString& columnName = {});
    void warning(const QString& code, int line, const QString& message, int column = 0,
                 const QString& columnName = {});
    void info(const QString& code, int line, const QString& message);
    int count(const QString& code) const { return m_counts.value(code); }

private:
    ImportReport& m_report;
    QString m_file;
    QHash<QString, int> m_counts;
    QStringList m_order; ///< codes in order of first appearance
    QHash<QString, ImportIssue::Severity> m_severity;
};

} // namespace bakery::data
