#include "data/IssueLog.h"

namespace bakery::data {

IssueLog::IssueLog(ImportReport& report, QString file)
    : m_report(report)
    , m_file(std::move(file))
{
}

IssueLog::~IssueLog()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() <= kPerCode || m_severity.value(it.key()) == ImportIssue::Severity::Error)
            continue; // errors are all listed
        ImportIssue summary;
        summary.severity = m_severity.value(it.key());
        summary.file = m_file;
        summary.code = it.key();
        summary.message = QStringLiteral("... and %1 more issues like the ones above (%2)")
                              .arg(it.value() - kPerCode)
                              .arg(it.key());
        m_report.issues.push_back(summary);
    }
}

void IssueLog::add(ImportIssue issue)
{
    if (issue.file.isEmpty())
        issue.file = m_file;
    const int n = ++m_counts[issue.code];
    m_severity.insert(issue.code, issue.severity);
    if (n <= kPerCode || issue.severity == ImportIssue::Severity::Error)
        m_report.issues.push_back(std::move(issue));
}

void IssueLog::error(const QString& code, int line, const QString& message, int column,
                     const QString& columnName)
{
    add({ImportIssue::Severity::Error, m_file, line, column, columnName, code, message});
}

void IssueLog::warning(const QString& code, int line, const QString& message, int column,
                       const QString& columnName)
{
    add({ImportIssue::Severity::Warning, m_file, line, column, columnName, code, message});
}

void IssueLog::info(const QString& code, int line, const QString& message)
{
    add({ImportIssue::Severity::Info, m_file, line, 0, {}, code, message});
}

} // namespace bakery::data
