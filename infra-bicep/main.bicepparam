using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'csap-prod')
param presidencyContacts = ['presidency@council.example']
param annualReportSchedule = '0 0 6 31 1 *'
param entraClientId = readEnvironmentVariable('ENTRA_CLIENT_ID', '00000000-0000-0000-0000-000000000000')
