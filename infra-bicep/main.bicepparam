using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'csap-prod')
param presidencyContacts = ['presidency@council.example']
param annualReportSchedule = '0 0 6 31 1 *'
