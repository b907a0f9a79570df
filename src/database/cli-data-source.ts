import { DataSource } from 'typeorm';
import { configFromProcess } from '../config/config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate/run); uses the same configuration as the app. */
export const dataSource = dataSourceOptions(configFromProcess().database).then((options) => new DataSource(options));
